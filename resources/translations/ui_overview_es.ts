<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>CalendarExport</name>
    <message>
        <source>The calendar file could not be written there ({0}). Nothing in the folder was changed. Choose another place, such as your Documents folder, and try again.</source>
        <translation>No se pudo guardar el archivo de calendario en ese lugar ({0}). No se cambió nada en la carpeta. Elija otro lugar, como su carpeta Documentos, e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n deadlines to “{0}”. Import it into your calendar; exporting again later updates the same events instead of adding new ones.</source>
        <translation>
            <numerusform>Se guardó %n fecha límite en “{0}”. Impórtelo en su calendario; si vuelve a exportar más adelante, se actualizan los mismos eventos en lugar de agregar otros nuevos.</numerusform>
            <numerusform>Se guardaron %n fechas límite en “{0}”. Impórtelo en su calendario; si vuelve a exportar más adelante, se actualizan los mismos eventos en lugar de agregar otros nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines {0}</source>
        <translation>Fechas límite {0}</translation>
    </message>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Exportar las fechas límite a un archivo de calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Writing the calendar file…</source>
        <translation>Guardando el archivo de calendario…</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Exportar fechas límite</translation>
    </message>
</context>
<context>
    <name>DeadlineCard</name>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>The rule this date was worked out from, and its official page. Select the address to copy it.</source>
        <translation>La regla con la que se calculó esta fecha, y su página oficial. Seleccione la dirección para copiarla.</translation>
    </message>
    <message>
        <source>A deadline. Its buttons open what it came from, change it, mark it done or remove it.</source>
        <translation>Una fecha límite. Sus botones abren lo que la originó, la cambian, la marcan como hecha o la quitan.</translation>
    </message>
    <message>
        <source>Show what this deadline came from</source>
        <translation>Ver de dónde viene esta fecha límite</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambiar…</translation>
    </message>
    <message>
        <source>Change the date, what it is for or what to do</source>
        <translation>Cambiar la fecha, para qué es o qué hay que hacer</translation>
    </message>
    <message>
        <source>Change the deadline “{0}”</source>
        <translation>Cambiar la fecha límite “{0}”</translation>
    </message>
    <message>
        <source>To do a&amp;gain</source>
        <translation>Marcar como pen&amp;diente</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <source>It still needs doing: put it back on the list</source>
        <translation>Todavía hay que hacerlo: vuelve a la lista</translation>
    </message>
    <message>
        <source>Mark it as done. Undo puts it back.</source>
        <translation>Marcarla como hecha. Deshacer la devuelve a la lista.</translation>
    </message>
    <message>
        <source>Put “{0}” back to do</source>
        <translation>Marcar “{0}” como pendiente</translation>
    </message>
    <message>
        <source>Mark “{0}” done</source>
        <translation>Marcar “{0}” como hecha</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move this deadline to the trash. Undo brings it back.</source>
        <translation>Mover esta fecha límite a la papelera. Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Remove the deadline “{0}”</source>
        <translation>Quitar la fecha límite “{0}”</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>An appeal</source>
        <translation>Una apelación</translation>
    </message>
    <message>
        <source>Renew an approval</source>
        <translation>Renovar una aprobación</translation>
    </message>
    <message>
        <source>Hear back after a call</source>
        <translation>Esperar respuesta después de una llamada</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>Change the deadline</source>
        <translation>Cambiar la fecha límite</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Agregar una fecha límite</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>In a few words</source>
        <translation>En pocas palabras</translation>
    </message>
    <message>
        <source>e.g. Appeal the denial of the infusion</source>
        <translation>p. ej., Apelar la denegación de la infusión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>Whom it concerns</source>
        <translation>A quién le concierne</translation>
    </message>
    <message>
        <source>e.g. the plan, the doctor&apos;s office</source>
        <translation>p. ej., el plan, el consultorio del médico</translation>
    </message>
    <message>
        <source>What it is &amp;for</source>
        <translation>&amp;Para qué es</translation>
    </message>
    <message>
        <source>In a few &amp;words</source>
        <translation>En pocas pa&amp;labras</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>What to d&amp;o</source>
        <translation>Qué &amp;hay que hacer</translation>
    </message>
    <message>
        <source>Whom it &amp;concerns</source>
        <translation>A &amp;quién le concierne</translation>
    </message>
    <message>
        <source>If you change the date, it counts as typed by you.</source>
        <translation>Si cambia la fecha, contará como escrita por usted.</translation>
    </message>
    <message>
        <source>Where the date comes from</source>
        <translation>De dónde viene la fecha</translation>
    </message>
    <message>
        <source>What has to be done by this date</source>
        <translation>Lo que hay que hacer para esta fecha</translation>
    </message>
    <message>
        <source>Give the date of the deadline, so it can be saved.</source>
        <translation>Escriba la fecha límite para poder guardarla.</translation>
    </message>
    <message>
        <source>Change a deadline</source>
        <translation>Cambiar una fecha límite</translation>
    </message>
</context>
<context>
    <name>DeadlineNotices</name>
    <message numerus="yes">
        <source>%n deadlines are near</source>
        <translation>
            <numerusform>Se acerca %n fecha límite</numerusform>
            <numerusform>Se acercan %n fechas límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadlines are near — see the Overview.</source>
        <translation>
            <numerusform>%n fecha límite cerca: vea Inicio.</numerusform>
            <numerusform>%n fechas límite cerca: vea Inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Infusion Desk: deadlines</source>
        <translation>Infusion Desk: fechas límite</translation>
    </message>
</context>
<context>
    <name>DeadlinePanel</name>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <source>Dates that cannot be missed: appeals, renewals, promised call-backs.</source>
        <translation>Fechas que no se pueden pasar: apelaciones, renovaciones, llamadas que le prometieron.</translation>
    </message>
    <message>
        <source>No deadlines. When you file a denial, the appeal deadline is worked out and shown here; you can also add one.</source>
        <translation>No hay fechas límite. Cuando archive una denegación, la fecha límite para apelar se calcula y aparece aquí; también puede agregar una.</translation>
    </message>
    <message>
        <source>Add a &amp;deadline…</source>
        <translation>Agregar una &amp;fecha límite…</translation>
    </message>
    <message>
        <source>A date that must not be missed, such as one a letter or a phone call gave you</source>
        <translation>Una fecha que no se puede pasar, como la que le dio una carta o una llamada</translation>
    </message>
    <message>
        <source>Hide the done &amp;ones</source>
        <translation>&amp;Ocultar las ya hechas</translation>
    </message>
    <message>
        <source>Hide the deadlines already done</source>
        <translation>Ocultar las fechas límite ya hechas</translation>
    </message>
    <message>
        <source>Show the done &amp;ones ({0})</source>
        <translation>M&amp;ostrar las ya hechas ({0})</translation>
    </message>
    <message numerus="yes">
        <source>Show the %n deadlines already done</source>
        <translation>
            <numerusform>Mostrar la %n fecha límite ya hecha</numerusform>
            <numerusform>Mostrar las %n fechas límite ya hechas</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a deadline done</source>
        <translation>Marcar una fecha límite como hecha</translation>
    </message>
    <message>
        <source>Put a deadline back to do</source>
        <translation>Volver a marcar una fecha límite como pendiente</translation>
    </message>
    <message>
        <source>Remove a deadline</source>
        <translation>Quitar una fecha límite</translation>
    </message>
    <message>
        <source>Moved the deadline “{0}” to the trash.</source>
        <translation>Se movió la fecha límite “{0}” a la papelera.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>{when} — {left}</source>
        <translation>{when} — {left}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>atrasada %n día</numerusform>
            <numerusform>atrasada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>due tomorrow</source>
        <translation>vence mañana</translation>
    </message>
    <message numerus="yes">
        <source>due in %n days</source>
        <translation>
            <numerusform>vence en %n día</numerusform>
            <numerusform>vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: this date has passed</source>
        <translation>Atrasada: esta fecha ya pasó</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Qué hay que hacer: {0}</translation>
    </message>
    <message>
        <source>Whom it concerns: {0}</source>
        <translation>A quién le concierne: {0}</translation>
    </message>
    <message>
        <source>Where the date comes from: {0}</source>
        <translation>De dónde viene la fecha: {0}</translation>
    </message>
    <message>
        <source>O&amp;pen the letter “{0}”</source>
        <translation>A&amp;brir la carta “{0}”</translation>
    </message>
    <message>
        <source>O&amp;pen the letter</source>
        <translation>A&amp;brir la carta</translation>
    </message>
    <message>
        <source>O&amp;pen the call of {0}</source>
        <translation>A&amp;brir la llamada del {0}</translation>
    </message>
    <message>
        <source>O&amp;pen the request “{0}”</source>
        <translation>A&amp;brir la solicitud “{0}”</translation>
    </message>
    <message>
        <source>O&amp;pen the step “{0}”</source>
        <translation>A&amp;brir el paso “{0}”</translation>
    </message>
    <message>
        <source>O&amp;pen what it came from</source>
        <translation>A&amp;brir lo que la originó</translation>
    </message>
    <message>
        <source>{when}: {title}</source>
        <translation>{when}: {title}</translation>
    </message>
</context>
<context>
    <name>FirstLookPage</name>
    <message>
        <source>Opening the folder…</source>
        <translation>Abriendo la carpeta…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today: what needs you (still opening)</source>
        <translation>Hoy: lo que necesita de usted (todavía se está abriendo)</translation>
    </message>
    <message>
        <source>{tag}: {line}</source>
        <translation>{tag}: {line}</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Hoy no hay nada pendiente para usted.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Where things stand</source>
        <translation>Cómo van las cosas</translation>
    </message>
    <message>
        <source>The coverage steps, in the order they usually happen. Click a “?” to see what a step means.</source>
        <translation>Los pasos de la cobertura, en el orden en que suelen ocurrir. Haga clic en un “?” para ver qué significa un paso.</translation>
    </message>
    <message>
        <source>Add a coverage step, such as prior authorization</source>
        <translation>Agregar un paso de la cobertura, como la autorización previa</translation>
    </message>
    <message>
        <source>Edit the chosen step</source>
        <translation>Editar el paso elegido</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Add a &amp;step…</source>
        <translation>Agregar un &amp;paso…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the chosen step</source>
        <translation>Eliminar el paso elegido</translation>
    </message>
    <message>
        <source>Move the chosen step to the trash. Undo brings it back.</source>
        <translation>Mover el paso elegido a la papelera. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>The chosen step</source>
        <translation>El paso elegido</translation>
    </message>
    <message>
        <source>When you feel stuck, ask: what exactly is missing? Who needs to submit it? What is the expected timeline once it is submitted?</source>
        <translation>Si no sabe cómo seguir, pregunte: ¿Qué falta exactamente? ¿Quién tiene que enviarlo? ¿Cuánto se espera que tarde una vez enviado?</translation>
    </message>
    <message>
        <source>General information, not coverage advice — always confirm with the plan and the provider.</source>
        <translation>Información general, no es consejo sobre su cobertura: confirme siempre con el plan y con el proveedor.</translation>
    </message>
    <message>
        <source>A short guide</source>
        <translation>Una guía breve</translation>
    </message>
    <message>
        <source>Insurance plans</source>
        <translation>Planes de seguro</translation>
    </message>
    <message>
        <source>No insurance plans yet. Add the plan from the insurance card: the company, the member ID and the phone numbers on the back.</source>
        <translation>Todavía no hay planes de seguro. Agregue el plan con los datos de la tarjeta del seguro: la compañía, el número de miembro y los teléfonos que vienen al dorso.</translation>
    </message>
    <message>
        <source>&amp;Add a plan…</source>
        <translation>Agregar un pla&amp;n…</translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation>Agregar un plan de seguro</translation>
    </message>
    <message>
        <source>Chosen: {0}</source>
        <translation>Elegido: {0}</translation>
    </message>
    <message>
        <source>Click a step above to choose it.</source>
        <translation>Haga clic en un paso de arriba para elegirlo.</translation>
    </message>
    <message>
        <source>Delete the step “{0}”</source>
        <translation>Eliminar el paso “{0}”</translation>
    </message>
    <message>
        <source>Moved the step “{0}” to the trash.</source>
        <translation>Se movió el paso “{0}” a la papelera.</translation>
    </message>
    <message>
        <source>Delete the {0} plan</source>
        <translation>Eliminar el plan {0}</translation>
    </message>
    <message>
        <source>Moved the {0} plan to the trash.</source>
        <translation>Se movió el plan {0} a la papelera.</translation>
    </message>
    <message>
        <source>Delete the insurance plan</source>
        <translation>Eliminar el plan de seguro</translation>
    </message>
    <message>
        <source>Moved the insurance plan to the trash.</source>
        <translation>Se movió el plan de seguro a la papelera.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>Prior authorization: the plan must approve the therapy before it pays for it.</source>
        <translation>Autorización previa: el plan tiene que aprobar la terapia antes de pagarla.</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Número de miembro</translation>
    </message>
    <message>
        <source>The ID on the insurance card that the plan uses to find the patient.</source>
        <translation>El número de la tarjeta del seguro con el que el plan identifica al paciente.</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>The number of the employer&apos;s or group&apos;s plan, also on the insurance card.</source>
        <translation>El número del plan del empleador o del grupo; también está en la tarjeta del seguro.</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Servicios para miembros</translation>
    </message>
    <message>
        <source>Prior-authorization phone</source>
        <translation>Teléfono de autorización previa</translation>
    </message>
    <message>
        <source>Prior-authorization fax</source>
        <translation>Fax de autorización previa</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>Plan de seguro</translation>
    </message>
    <message>
        <source>{rank} plan: {name}</source>
        <translation>Plan de seguro ({rank}): {name}</translation>
    </message>
    <message>
        <source>{rank}: {name}</source>
        <translation>{rank}: {name}</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Edit the {0} plan</source>
        <translation>Editar el plan {0}</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the {0} plan</source>
        <translation>Eliminar el plan {0}</translation>
    </message>
    <message>
        <source>Move this plan to the trash. Undo brings it back.</source>
        <translation>Mover este plan a la papelera. Deshacer lo recupera.</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Drug or therapy</source>
        <translation>Medicamento o terapia</translation>
    </message>
    <message>
        <source>Diagnosis (what the therapy treats)</source>
        <translation>Diagnóstico (lo que trata la terapia)</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Médico que receta</translation>
    </message>
    <message>
        <source>Home infusion pharmacy</source>
        <translation>Farmacia de infusión en el hogar</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Duración prevista</translation>
    </message>
    <message>
        <source>Planned last day</source>
        <translation>Último día previsto</translation>
    </message>
    <message>
        <source>Dosing schedule</source>
        <translation>Horario de las dosis</translation>
    </message>
    <message>
        <source>Access line</source>
        <translation>Vía de acceso</translation>
    </message>
    <message>
        <source>Nursing visits</source>
        <translation>Visitas de enfermería</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The IV line the medicine goes through, such as a PICC line or a port.</source>
        <translation>La vía intravenosa por la que entra el medicamento, como un catéter PICC o un puerto.</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>⚠ Allergies: {0}</source>
        <translation>⚠ Alergias: {0}</translation>
    </message>
    <message>
        <source>Patient and therapy</source>
        <translation>Paciente y terapia</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edita&amp;r…</translation>
    </message>
    <message>
        <source>Edit the patient and therapy</source>
        <translation>Editar los datos del paciente y de la terapia</translation>
    </message>
</context>
<context>
    <name>RenewalLeadTime</name>
    <message numerus="yes">
        <source>Re&amp;mind me to renew an approval %n days before it ends</source>
        <translation>
            <numerusform>Avi&amp;sarme para renovar una aprobación %n día antes de que termine</numerusform>
            <numerusform>Avi&amp;sarme para renovar una aprobación %n días antes de que termine</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before an approval ends to renew it</source>
        <translation>Días antes de que termine una aprobación para renovarla</translation>
    </message>
    <message>
        <source>When a renewal deadline falls. The renewal deadlines the app worked out move with it; those you changed stay as you set them. Undo takes it back.</source>
        <translation>Cuándo cae la fecha límite para renovar. Las fechas de renovación que calculó la aplicación se mueven con este número; las que usted cambió se quedan como las dejó. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Change when to renew an approval</source>
        <translation>Cambiar cuándo renovar una aprobación</translation>
    </message>
    <message numerus="yes">
        <source>Renewal deadlines now fall %n days before an approval ends; the ones you changed stay as they were.</source>
        <translation>
            <numerusform>Ahora las fechas límite para renovar caen %n día antes de que termine una aprobación; las que usted cambió se quedan como estaban.</numerusform>
            <numerusform>Ahora las fechas límite para renovar caen %n días antes de que termine una aprobación; las que usted cambió se quedan como estaban.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Open ›</source>
        <translation>Abrir ›</translation>
    </message>
    <message>
        <source>Today: what needs you</source>
        <translation>Hoy: lo que necesita de usted</translation>
    </message>
    <message>
        <source>What needs doing, the most urgent first. Press Enter on a line to open it.</source>
        <translation>Lo que hay que hacer, lo más urgente primero. Presione Enter en una línea para abrirla.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What can stop the therapy comes first. Click a line to open it.</source>
        <translation>Lo que puede detener la terapia va primero. Haga clic en una línea para abrirla.</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Hoy no hay nada pendiente para usted.</translation>
    </message>
    <message>
        <source>{tag}: {line}</source>
        <translation>{tag}: {line}</translation>
    </message>
    <message>
        <source>Click to open it (or press Enter).</source>
        <translation>Haga clic para abrirla (o presione Enter).</translation>
    </message>
    <message>
        <source>Sho&amp;w fewer</source>
        <translation>Ver &amp;menos</translation>
    </message>
    <message>
        <source>Sho&amp;w all ({0})</source>
        <translation>Ver &amp;todas ({0})</translation>
    </message>
    <message>
        <source>Show only the most urgent lines</source>
        <translation>Ver solo las líneas más urgentes</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n lines for today</source>
        <translation>
            <numerusform>Ver la %n línea de hoy</numerusform>
            <numerusform>Ver las %n líneas de hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n most urgent are shown.</source>
        <translation>
            <numerusform>Se muestra la más urgente (%n).</numerusform>
            <numerusform>Se muestran las %n más urgentes.</numerusform>
        </translation>
    </message>
</context>
</TS>
