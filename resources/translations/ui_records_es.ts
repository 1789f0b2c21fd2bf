<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AnswersChecklist</name>
    <message>
        <source>Ask them — tick the ones they answered</source>
        <translation>Pregúnteles — marque las que le respondieron</translation>
    </message>
    <message>
        <source>Questions for the organization called</source>
        <translation>Preguntas para la organización a la que llama</translation>
    </message>
    <message>
        <source>Show the open questions meant for someone else</source>
        <translation>Mostrar las preguntas pendientes que son para otra persona</translation>
    </message>
    <message>
        <source>No open questions. Questions you add on the “Questions to ask” tab show up here, ready to tick off during a call.</source>
        <translation>No hay preguntas pendientes. Las preguntas que agregue en la pestaña “Preguntas para hacer” aparecen aquí, listas para marcar durante una llamada.</translation>
    </message>
    <message>
        <source>{question}  (ask {whom})</source>
        <translation>{question}  (preguntar a {whom})</translation>
    </message>
    <message>
        <source>about: {what}</source>
        <translation>sobre: {what}</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Respondida:</translation>
    </message>
    <message>
        <source>Answered: {question}</source>
        <translation>Respondida: {question}</translation>
    </message>
    <message>
        <source>Tick it if they answered this question on this call</source>
        <translation>Márquela si le respondieron esta pregunta en esta llamada</translation>
    </message>
    <message>
        <source>Their answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Answer to: {question}</source>
        <translation>Respuesta a: {question}</translation>
    </message>
    <message>
        <source>Type the answer to “{question}”, or untick it.</source>
        <translation>Escriba la respuesta a “{question}”, o desmárquela.</translation>
    </message>
</context>
<context>
    <name>CallFields</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>CallSheetColumns</name>
    <message>
        <source>Call sheet</source>
        <translation>Hoja de la llamada</translation>
    </message>
</context>
<context>
    <name>CallSheetPanel</name>
    <message>
        <source>The number on the insurance card that tells the plan who the patient is.</source>
        <translation>El número en la tarjeta del seguro que le dice al plan quién es el paciente.</translation>
    </message>
    <message>
        <source>The number of the employer&apos;s or union&apos;s group plan, if any.</source>
        <translation>El número del plan de grupo del empleador o del sindicato, si lo hay.</translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>Hoja de la llamada</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Tenga a mano</translation>
    </message>
    <message>
        <source>No plan is from “{who}”, so every plan is here.</source>
        <translation>Ningún plan es de “{who}”, así que aquí están todos los planes.</translation>
    </message>
    <message>
        <source>No insurance plans written down yet (Overview tab).</source>
        <translation>Todavía no hay planes de seguro anotados (pestaña Inicio).</translation>
    </message>
    <message>
        <source>They are waiting on us</source>
        <translation>Ellos esperan algo de nosotros</translation>
    </message>
    <message>
        <source>We are waiting on them</source>
        <translation>Nosotros esperamos algo de ellos</translation>
    </message>
    <message>
        <source>Nothing open with “{who}”.</source>
        <translation>Nada pendiente con “{who}”.</translation>
    </message>
    <message>
        <source>Nothing open.</source>
        <translation>Nada pendiente.</translation>
    </message>
    <message>
        <source>Overdue: {what}</source>
        <translation>Atrasado: {what}</translation>
    </message>
</context>
<context>
    <name>CallsTab</name>
    <message>
        <source>No calls logged yet — Log a call (Ctrl+L)</source>
        <translation>Todavía no hay llamadas — Registrar una llamada (Ctrl+L)</translation>
    </message>
    <message>
        <source>Write down a call while you are on the phone: who, the reference number, what was said and what happens next</source>
        <translation>Anote una llamada mientras está al teléfono: quién, el número de referencia, lo que se dijo y qué pasa después</translation>
    </message>
    <message>
        <source>Every call you make or take goes here: who you spoke with, the reference number they gave you, and what was said.</source>
        <translation>Aquí va cada llamada que usted hace o recibe: con quién habló, el número de referencia que le dieron y lo que se dijo.</translation>
    </message>
    <message>
        <source>Every call: who, when, the reference number and what was said. Newest first.</source>
        <translation>Cada llamada: quién, cuándo, el número de referencia y lo que se dijo. Las más recientes primero.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Reference
number</source>
        <translation>Número de
referencia</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Calls, newest first</source>
        <translation>Llamadas, las más recientes primero</translation>
    </message>
    <message>
        <source>12 days overdue</source>
        <translation>12 días de atraso</translation>
    </message>
    <message>
        <source>Change what is written down about this call</source>
        <translation>Cambie lo que anotó sobre esta llamada</translation>
    </message>
    <message>
        <source>Mark the follow-up of this call as done</source>
        <translation>Marcar el seguimiento de esta llamada como hecho</translation>
    </message>
    <message>
        <source>&amp;Log a call… (Ctrl+L)</source>
        <translation>&amp;Registrar una llamada… (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>&amp;Registrar una llamada…</translation>
    </message>
    <message>
        <source>Columns of the calls list</source>
        <translation>Columnas de la lista de llamadas</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Follow-up &amp;done</source>
        <translation>&amp;Seguimiento hecho</translation>
    </message>
    <message>
        <source>Dele&amp;te this call</source>
        <translation>Elimi&amp;nar esta llamada</translation>
    </message>
    <message>
        <source>Choose a call in the list to see everything about it.</source>
        <translation>Elija una llamada de la lista para ver todos sus datos.</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Una llamada</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Who called:</source>
        <translation>Quién llamó:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>reference number</source>
        <translation>número de referencia</translation>
    </message>
    <message>
        <source>Reference number:</source>
        <translation>Número de referencia:</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>Lo que se dijo:</translation>
    </message>
    <message>
        <source>Outcome / what happens next:</source>
        <translation>Resultado / qué pasa después:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Questions answered on this call</source>
        <translation>Preguntas respondidas en esta llamada</translation>
    </message>
    <message>
        <source>None ticked on this call.</source>
        <translation>Ninguna marcada en esta llamada.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>the call with {who}</source>
        <translation>la llamada con {who}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Otra persona cambió esto</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing</source>
        <translation>Otra persona cambió esto mientras usted lo estaba editando</translation>
    </message>
    <message>
        <source>Saved by {name} at {time}</source>
        <translation>Versión guardada por {name} el {time}</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Versión guardada por otra persona</translation>
    </message>
    <message>
        <source>{kind}: their version is saved in the folder now. Yours is not saved yet. In each row marked “Different”, choose theirs or yours, then press Save these.</source>
        <translation>{kind}: la versión de la otra persona ya está guardada en la carpeta. La suya todavía no está guardada. En cada fila marcada “Diferente”, elija la versión de la otra persona o la suya, y luego presione Guardar lo elegido.</translation>
    </message>
    <message>
        <source>&amp;Save these</source>
        <translation>&amp;Guardar lo elegido</translation>
    </message>
    <message>
        <source>Save the version you chose in each row</source>
        <translation>Guardar la versión que eligió en cada fila</translation>
    </message>
    <message>
        <source>Keep &amp;their version</source>
        <translation>Conservar la versión de la &amp;otra persona</translation>
    </message>
    <message>
        <source>Save nothing and show their version</source>
        <translation>No guardar nada y mostrar la versión de la otra persona</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>¿Igual?</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Yours (not saved yet)</source>
        <translation>Su versión (todavía sin guardar)</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation>Usar la de la otra persona</translation>
    </message>
    <message>
        <source>Use theirs: {what}</source>
        <translation>Usar la de la otra persona: {what}</translation>
    </message>
    <message>
        <source>Use yours</source>
        <translation>Usar la suya</translation>
    </message>
    <message>
        <source>Use yours: {what}</source>
        <translation>Usar la suya: {what}</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Both versions, side by side</source>
        <translation>Las dos versiones, una al lado de la otra</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Case manager</source>
        <translation>Administrador de casos</translation>
    </message>
    <message>
        <source>Intake coordinator</source>
        <translation>Coordinador de admisiones</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermera</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Doctor&apos;s office</source>
        <translation>Consultorio del médico</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacéutico</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Servicios para miembros</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>What this person has asked us to send or to have ready when we call them.</source>
        <translation>Lo que esta persona nos pidió que enviáramos o que tuviéramos a mano cuando la llamemos.</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <source>Edit the person</source>
        <translation>Modificar la persona</translation>
    </message>
    <message>
        <source>Add a person to call</source>
        <translation>Agregar una persona a quien llamar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A person, or a desk like “Member services”</source>
        <translation>Una persona, o un departamento como “Servicios para miembros”</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>e.g. the plan, the pharmacy, the doctor&apos;s office</source>
        <translation>p. ej., el plan, la farmacia, el consultorio del médico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 8 a.m.–5 p.m.</source>
        <translation>p. ej., lun.–vie. 8 a. m.–5 p. m.</translation>
    </message>
    <message>
        <source>What they need from us</source>
        <translation>Lo que necesitan de nosotros</translation>
    </message>
    <message>
        <source>&amp;Name (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horario:</translation>
    </message>
    <message>
        <source>What they &amp;need from us:</source>
        <translation>&amp;Qué necesitan de nosotros:</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>&amp;Fax:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>Please type the person&apos;s name — or the desk, like “Member services”.</source>
        <translation>Escriba el nombre de la persona — o el departamento, como “Servicios para miembros”.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Choose one, or type their role in your own words</source>
        <translation>Elija uno, o escriba su cargo con sus propias palabras</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>No people saved yet — Add a person</source>
        <translation>Todavía no hay personas guardadas — Agregar una persona</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>What they need from us</source>
        <translation>Lo que necesitan de nosotros</translation>
    </message>
    <message>
        <source>Save someone you call: their number, hours and what they need from us</source>
        <translation>Guarde a alguien a quien llama: su número, su horario y lo que necesitan de nosotros</translation>
    </message>
    <message>
        <source>Everyone you deal with goes here — the plan, the pharmacy, the doctor&apos;s office — with their number, their hours and what they need from us.</source>
        <translation>Aquí va cada persona con la que usted trata — el plan, la farmacia, el consultorio del médico — con su número, su horario y lo que necesitan de nosotros.</translation>
    </message>
    <message>
        <source>Who to call, their number and hours, and what they need from us.</source>
        <translation>A quién llamar, su número y horario, y lo que necesitan de nosotros.</translation>
    </message>
    <message>
        <source>People to call</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Change what is written down about this person</source>
        <translation>Cambie lo que anotó sobre esta persona</translation>
    </message>
    <message>
        <source>Write down a call with them: their name, organization and phone are filled in for you</source>
        <translation>Anote una llamada con esta persona: su nombre, organización y teléfono ya aparecen escritos</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>&amp;Agregar una persona…</translation>
    </message>
    <message>
        <source>What they need from us</source>
        <comment>column header</comment>
        <translation>Lo que necesitan</translation>
    </message>
    <message>
        <source>Columns of the list (click to sort)</source>
        <translation>Columnas de la lista (haga clic para ordenar)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Log a &amp;call with this person…</source>
        <translation>Registrar una &amp;llamada…</translation>
    </message>
    <message>
        <source>Dele&amp;te this person</source>
        <translation>Elimi&amp;nar esta persona</translation>
    </message>
    <message>
        <source>Choose a person in the list to see everything about them.</source>
        <translation>Elija una persona de la lista para ver todos sus datos.</translation>
    </message>
    <message>
        <source>Role and organization</source>
        <translation>Cargo y organización</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Horario:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>What they need from us:</source>
        <translation>Lo que necesitan de nosotros:</translation>
    </message>
    <message>
        <source>Last calls with this person</source>
        <translation>Últimas llamadas con esta persona</translation>
    </message>
    <message>
        <source>No calls logged with them yet.</source>
        <translation>Todavía no hay llamadas registradas con esta persona.</translation>
    </message>
    <message>
        <source>{when} — reference number {reference}</source>
        <translation>{when} — número de referencia {reference}</translation>
    </message>
    <message>
        <source>{when} — no reference number written down</source>
        <translation>{when} — sin número de referencia anotado</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>EOB (explanation of benefits): a statement from the plan about what it paid. It is not a bill.</source>
        <translation>EOB (explicación de beneficios): un resumen del plan sobre lo que pagó. No es una factura.</translation>
    </message>
    <message>
        <source>Document details</source>
        <translation>Datos del documento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>e.g. Approval letter from Silverpine</source>
        <translation>p. ej., Carta de aprobación de Silverpine</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Date on the letter</source>
        <translation>Fecha en la carta</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Fecha en que se recibió</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>who sent it, e.g. Silverpine Health Plans</source>
        <translation>quién lo envió, p. ej., Silverpine Health Plans</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>&amp;What it is</source>
        <translation>&amp;Qué es</translation>
    </message>
    <message>
        <source>Date on the &amp;letter</source>
        <translation>Fecha en la &amp;carta</translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation>Fecha en que se &amp;recibió</translation>
    </message>
    <message>
        <source>&amp;From whom</source>
        <translation>&amp;De quién</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Coverage step it belongs to</source>
        <translation>Paso de cobertura al que pertenece</translation>
    </message>
    <message>
        <source>No particular step</source>
        <translation>Ningún paso en particular</translation>
    </message>
    <message>
        <source>Coverage step</source>
        <translation>Paso de cobertura</translation>
    </message>
    <message>
        <source>Give the document a title, so you can find it again.</source>
        <translation>Póngale un título al documento para poder encontrarlo después.</translation>
    </message>
    <message>
        <source>document details</source>
        <translation>datos del documento</translation>
    </message>
</context>
<context>
    <name>LogCallDialog</name>
    <message>
        <source>The number the representative gives you for this call. Ask for it before you hang up.</source>
        <translation>El número que le da el representante para esta llamada. Pídalo antes de colgar.</translation>
    </message>
    <message>
        <source>Edit the call</source>
        <translation>Modificar la llamada</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Save the call</source>
        <translation>&amp;Guardar la llamada</translation>
    </message>
    <message>
        <source>Day of the call</source>
        <translation>Día de la llamada</translation>
    </message>
    <message>
        <source>Time of the call</source>
        <translation>Hora de la llamada</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Pick one, or type a name: the plan, the pharmacy…</source>
        <translation>Elija una, o escriba un nombre: el plan, la farmacia…</translation>
    </message>
    <message>
        <source>Pick one you have called before, or type a new name</source>
        <translation>Elija una a la que ya llamó, o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>Person you spoke with</source>
        <translation>Persona con quien habló</translation>
    </message>
    <message>
        <source>Pick someone, or type a new name</source>
        <translation>Elija a alguien, o escriba un nombre nuevo</translation>
    </message>
    <message>
        <source>The people saved for this organization; for someone new, just type their name as they said it</source>
        <translation>Las personas guardadas para esta organización; para alguien nuevo, escriba su nombre tal como se lo dijo</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Call reference number</source>
        <translation>Número de referencia de la llamada</translation>
    </message>
    <message>
        <source>e.g. 4471-0938</source>
        <translation>p. ej., 4471-0938</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Enter starts a new line; Ctrl+Enter saves</source>
        <translation>Enter empieza una línea nueva; Ctrl+Enter guarda</translation>
    </message>
    <message>
        <source>Outcome, what happens next</source>
        <translation>Resultado, qué pasa después</translation>
    </message>
    <message>
        <source>e.g. They will fax the decision by Friday</source>
        <translation>p. ej., Enviarán la decisión por fax antes del viernes</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Who &amp;called:</source>
        <translation>&amp;Quién llamó:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Call &amp;reference number — ask for it before you hang up</source>
        <translation>&amp;Número de referencia de la llamada — pídalo antes de colgar</translation>
    </message>
    <message>
        <source>What was s&amp;aid:</source>
        <translation>&amp;Lo que se dijo:</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep typing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>O&amp;utcome / what
happens next:</source>
        <translation>&amp;Resultado / qué
pasa después:</translation>
    </message>
    <message>
        <source>&amp;Follow-up date:</source>
        <translation>&amp;Fecha de seguimiento:</translation>
    </message>
    <message>
        <source>Saved in People to call.</source>
        <translation>Guardada en Contactos.</translation>
    </message>
    <message>
        <source>New person: saving adds them to People to call.</source>
        <translation>Persona nueva: al guardar, se agrega a Contactos.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>When: type the day of the call, for example “today”.</source>
        <translation>Cuándo: escriba el día de la llamada, por ejemplo “hoy”.</translation>
    </message>
    <message>
        <source>Type who you spoke with or what was said, so that this call can be found again.</source>
        <translation>Escriba con quién habló o lo que se dijo, para poder encontrar esta llamada después.</translation>
    </message>
    <message>
        <source>the call with {who}</source>
        <translation>la llamada con {who}</translation>
    </message>
    <message>
        <source>Log the call with {who}</source>
        <translation>Registrar la llamada con {who}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Discard this call?</source>
        <translation>¿Descartar esta llamada?</translation>
    </message>
    <message>
        <source>What you typed about this call will not be saved.</source>
        <translation>Lo que escribió sobre esta llamada no se guardará.</translation>
    </message>
</context>
<context>
    <name>PageTextDialog</name>
    <message>
        <source>The text of page {0} of {1}</source>
        <translation>El texto de la página {0} de {1}</translation>
    </message>
    <message>
        <source>The text of this document</source>
        <translation>El texto de este documento</translation>
    </message>
    <message>
        <source>Reading the page…</source>
        <translation>Leyendo la página…</translation>
    </message>
    <message>
        <source>The text of the page</source>
        <translation>El texto de la página</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Save the text</source>
        <translation>&amp;Guardar el texto</translation>
    </message>
    <message>
        <source>These words were read from the picture. Check them against the letter and put right what was misread; search then finds your words.</source>
        <translation>Estas palabras se leyeron de la imagen. Compárelas con la carta y corrija lo que se leyó mal; así la búsqueda encontrará sus palabras.</translation>
    </message>
    <message>
        <source>You typed or corrected these words.</source>
        <translation>Usted escribió o corrigió estas palabras.</translation>
    </message>
    <message>
        <source>No words were read on this page. You can type what it says, so that search finds it.</source>
        <translation>No se leyó ninguna palabra en esta página. Puede escribir lo que dice, para que la búsqueda la encuentre.</translation>
    </message>
    <message>
        <source>Correct the text</source>
        <translation>Corregir el texto</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>The ID on the insurance card that the plan uses to find the patient.</source>
        <translation>El número en la tarjeta del seguro que el plan usa para encontrar al paciente.</translation>
    </message>
    <message>
        <source>The number of the employer&apos;s or group&apos;s plan, also on the insurance card.</source>
        <translation>El número del plan del empleador o del grupo, también en la tarjeta del seguro.</translation>
    </message>
    <message>
        <source>Prior authorization: the plan must approve the therapy before it pays for it.</source>
        <translation>Autorización previa: el plan tiene que aprobar la terapia antes de pagarla.</translation>
    </message>
    <message>
        <source>Reference or authorization number: the number the plan or office gives a request or an approval, so anyone can find it again.</source>
        <translation>Número de referencia o de autorización: el número que el plan o la oficina le da a una solicitud o a una aprobación, para que cualquiera pueda encontrarla después.</translation>
    </message>
    <message>
        <source>The IV line the medicine goes through, such as a PICC line or a port.</source>
        <translation>La vía intravenosa por la que pasa el medicamento, como una vía PICC o un puerto.</translation>
    </message>
    <message>
        <source>insurance plan</source>
        <translation>plan de seguro</translation>
    </message>
    <message>
        <source>{rank}: {name}</source>
        <translation>{rank}: {name}</translation>
    </message>
    <message>
        <source>Patient and therapy</source>
        <translation>Paciente y terapia</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Patient&apos;s name</source>
        <translation>Nombre del paciente</translation>
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
        <source>e.g. Ertapenem 1 g IV</source>
        <translation>p. ej., Ertapenem 1 g IV</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>what the therapy treats, as the doctor wrote it</source>
        <translation>lo que trata la terapia, como lo escribió el médico</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>e.g. sulfa drugs (rash), or: none known</source>
        <translation>p. ej., sulfas (sarpullido), o: ninguna conocida</translation>
    </message>
    <message>
        <source>Every allergy, and what it does. Write &quot;none known&quot; if the doctor says there are none: an empty field is printed as &quot;not filled in&quot;.</source>
        <translation>Cada alergia y lo que causa. Escriba &quot;ninguna conocida&quot; si el médico dice que no hay: un campo vacío se imprime como &quot;sin completar&quot;.</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Médico que receta</translation>
    </message>
    <message>
        <source>the doctor who ordered it</source>
        <translation>el médico que lo ordenó</translation>
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
        <source>e.g. 6 weeks</source>
        <translation>p. ej., 6 semanas</translation>
    </message>
    <message>
        <source>Planned last day</source>
        <translation>Último día previsto</translation>
    </message>
    <message>
        <source>Next appointment on</source>
        <translation>Fecha de la próxima cita</translation>
    </message>
    <message>
        <source>Next appointment with</source>
        <translation>Próxima cita con</translation>
    </message>
    <message>
        <source>e.g. Dr. Okafor, 10:15 a.m.</source>
        <translation>p. ej., Dr. Okafor, 10:15 a. m.</translation>
    </message>
    <message>
        <source>Patient&apos;s &amp;name</source>
        <translation>&amp;Nombre del paciente</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>&amp;Fecha de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Drug or therapy</source>
        <translation>&amp;Medicamento o terapia</translation>
    </message>
    <message>
        <source>Dia&amp;gnosis (what it treats)</source>
        <translation>&amp;Diagnóstico (lo que trata)</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Alergias</translation>
    </message>
    <message>
        <source>&amp;Prescriber</source>
        <translation>Médico que &amp;receta</translation>
    </message>
    <message>
        <source>Home &amp;infusion pharmacy</source>
        <translation>Farmacia de &amp;infusión en el hogar</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Fecha d&amp;e inicio</translation>
    </message>
    <message>
        <source>Planned d&amp;uration</source>
        <translation>Duración &amp;prevista</translation>
    </message>
    <message>
        <source>Planned &amp;last day</source>
        <translation>Ú&amp;ltimo día previsto</translation>
    </message>
    <message>
        <source>Next appointment &amp;on</source>
        <translation>Fecha de la próxima ci&amp;ta</translation>
    </message>
    <message>
        <source>Next appointment &amp;with</source>
        <translation>Próxima cita c&amp;on</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más datos</translation>
    </message>
    <message>
        <source>Dosing schedule</source>
        <translation>Horario de las dosis</translation>
    </message>
    <message>
        <source>e.g. once a day over 30 minutes</source>
        <translation>p. ej., una vez al día durante 30 minutos</translation>
    </message>
    <message>
        <source>Access line</source>
        <translation>Vía de acceso</translation>
    </message>
    <message>
        <source>e.g. PICC line, right arm</source>
        <translation>p. ej., vía PICC, brazo derecho</translation>
    </message>
    <message>
        <source>Nursing visits</source>
        <translation>Visitas de enfermería</translation>
    </message>
    <message>
        <source>who comes, and on which days</source>
        <translation>quién viene y qué días</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Modificar el plan de seguro</translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation>Agregar un plan de seguro</translation>
    </message>
    <message>
        <source>Which plan</source>
        <translation>Cuál plan</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>Compañía de seguros</translation>
    </message>
    <message>
        <source>e.g. Medicare, Blue Cross</source>
        <translation>p. ej., Medicare, Blue Cross</translation>
    </message>
    <message>
        <source>Kind of plan</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Número de miembro</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Member services phone</source>
        <translation>Teléfono de servicios para miembros</translation>
    </message>
    <message>
        <source>on the back of the card</source>
        <translation>al dorso de la tarjeta</translation>
    </message>
    <message>
        <source>Prior-authorization phone</source>
        <translation>Teléfono para autorización previa</translation>
    </message>
    <message>
        <source>Prior-authorization fax</source>
        <translation>Fax para autorización previa</translation>
    </message>
    <message>
        <source>&amp;Which plan</source>
        <translation>&amp;Cuál plan</translation>
    </message>
    <message>
        <source>Insurance &amp;company</source>
        <translation>Compañía de &amp;seguros</translation>
    </message>
    <message>
        <source>&amp;Kind of plan</source>
        <translation>&amp;Tipo de plan</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>the name printed on the card</source>
        <translation>el nombre impreso en la tarjeta</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Titular de la póliza</translation>
    </message>
    <message>
        <source>whose name the plan is in</source>
        <translation>a nombre de quién está el plan</translation>
    </message>
    <message>
        <source>Covered from</source>
        <translation>Cubierto desde</translation>
    </message>
    <message>
        <source>Covered until</source>
        <translation>Cubierto hasta</translation>
    </message>
    <message>
        <source>Type the insurance company&apos;s name, so you can tell the plans apart.</source>
        <translation>Escriba el nombre de la compañía de seguros, para poder distinguir los planes.</translation>
    </message>
    <message>
        <source>Edit coverage step</source>
        <translation>Modificar el paso de cobertura</translation>
    </message>
    <message>
        <source>Add a coverage step</source>
        <translation>Agregar un paso de cobertura</translation>
    </message>
    <message>
        <source>Which step</source>
        <translation>Cuál paso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>optional, e.g. Prior authorization for ertapenem</source>
        <translation>opcional, p. ej., Autorización previa para ertapenem</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>Esperando a</translation>
    </message>
    <message>
        <source>who has to do something next</source>
        <translation>quién tiene que hacer algo ahora</translation>
    </message>
    <message>
        <source>Reference or authorization number</source>
        <translation>Número de referencia o de autorización</translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation>Aprobado desde</translation>
    </message>
    <message>
        <source>Approved until</source>
        <translation>Aprobado hasta</translation>
    </message>
    <message>
        <source>Amount approved</source>
        <translation>Cantidad aprobada</translation>
    </message>
    <message>
        <source>e.g. 42 doses</source>
        <translation>p. ej., 42 dosis</translation>
    </message>
    <message>
        <source>&amp;Which step</source>
        <translation>&amp;Cuál paso</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Where it &amp;stands</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Waiting &amp;on</source>
        <translation>Esperando &amp;a</translation>
    </message>
    <message>
        <source>Approved &amp;from</source>
        <translation>Aprobado &amp;desde</translation>
    </message>
    <message>
        <source>Approved &amp;until</source>
        <translation>Aprobado &amp;hasta</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Insurance plan</source>
        <translation>Plan de seguro</translation>
    </message>
    <message>
        <source>No particular plan</source>
        <translation>Ningún plan en particular</translation>
    </message>
    <message>
        <source>coverage step</source>
        <translation>paso de cobertura</translation>
    </message>
</context>
<context>
    <name>QuestionDetails</name>
    <message>
        <source>Pick a question in the list to see it in full here.</source>
        <translation>Elija una pregunta de la lista para verla completa aquí.</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Ask whom:</source>
        <translation>A quién preguntar:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Respondida el:</translation>
    </message>
    <message>
        <source>Show &amp;it</source>
        <translation>&amp;Mostrarlo</translation>
    </message>
    <message>
        <source>&amp;Open this call</source>
        <translation>Abrir esta &amp;llamada</translation>
    </message>
    <message>
        <source>Ans&amp;wer…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>&amp;No longer needed</source>
        <translation>&amp;Ya no hace falta</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;itar…</translation>
    </message>
    <message>
        <source>Dele&amp;te this question</source>
        <translation>Elimi&amp;nar esta pregunta</translation>
    </message>
    <message>
        <source>Show this &amp;request</source>
        <translation>Mostrar esta &amp;solicitud</translation>
    </message>
    <message>
        <source>Show this coverage ste&amp;p</source>
        <translation>Mostrar este &amp;paso de cobertura</translation>
    </message>
    <message>
        <source>Change the ans&amp;wer…</source>
        <translation>Cambiar la &amp;respuesta…</translation>
    </message>
    <message>
        <source>Still &amp;needed</source>
        <translation>Todavía hace &amp;falta</translation>
    </message>
    <message>
        <source>Open what this question is about</source>
        <translation>Abrir aquello de lo que trata esta pregunta</translation>
    </message>
    <message>
        <source>Answered on a call</source>
        <translation>Respondida en una llamada</translation>
    </message>
    <message>
        <source>The call it was answered on</source>
        <translation>La llamada en que se respondió</translation>
    </message>
    <message>
        <source>The number the person on the phone gives you, so the call can be found again.</source>
        <translation>El número que le da la persona al teléfono, para poder encontrar la llamada después.</translation>
    </message>
    <message>
        <source>Show this call on the Calls tab.</source>
        <translation>Mostrar esta llamada en la pestaña Llamadas.</translation>
    </message>
    <message>
        <source>Write down the answer you got.</source>
        <translation>Anote la respuesta que le dieron.</translation>
    </message>
    <message>
        <source>Change the question, whom to ask, or what it is about.</source>
        <translation>Cambie la pregunta, a quién preguntar o de qué trata.</translation>
    </message>
    <message>
        <source>Reference number: {number}</source>
        <translation>Número de referencia: {number}</translation>
    </message>
    <message>
        <source>No reference number.</source>
        <translation>Sin número de referencia.</translation>
    </message>
    <message>
        <source>Put this question back on the list to ask.</source>
        <translation>Vuelve a poner esta pregunta en la lista para hacer.</translation>
    </message>
    <message>
        <source>Keeps it in the list as not needed</source>
        <translation>La deja en la lista como que ya no hace falta</translation>
    </message>
</context>
<context>
    <name>QuestionDialogs</name>
    <message>
        <source>From the guide, for when you feel stuck: “What exactly is missing? Who needs to submit it? What is the expected timeline once submitted?” Then write the answers down here. General information, not coverage advice.</source>
        <translation>De la guía, para cuando sienta que no avanza: “¿Qué falta exactamente? ¿Quién tiene que enviarlo? ¿Cuánto tiempo se espera que tarde una vez enviado?” Luego anote aquí las respuestas. Información general, no es consejo sobre su cobertura.</translation>
    </message>
    <message>
        <source>Add the questions for when you’re &amp;stuck…</source>
        <translation>Agregar las preguntas para cuando se a&amp;tasque…</translation>
    </message>
    <message>
        <source>Adds three questions tied to a request or step: What exactly is missing? Who needs to submit it? What is the expected timeline once submitted?</source>
        <translation>Agrega tres preguntas sobre una solicitud o un paso: ¿Qué falta exactamente? ¿Quién tiene que enviarlo? ¿Cuánto tiempo se espera que tarde una vez enviado?</translation>
    </message>
    <message>
        <source>Request: {what} ({state})</source>
        <translation>Solicitud: {what} ({state})</translation>
    </message>
    <message>
        <source>Step: {title} ({status})</source>
        <translation>Paso: {title} ({status})</translation>
    </message>
    <message>
        <source>Edit the question</source>
        <translation>Modificar la pregunta</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Agregar una pregunta</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>e.g. Did you receive the fax from Dr. Okafor?</source>
        <translation>p. ej., ¿Recibieron el fax del Dr. Okafor?</translation>
    </message>
    <message>
        <source>Ask whom</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>A person, an office or the plan</source>
        <translation>Una persona, una oficina o el plan</translation>
    </message>
    <message>
        <source>The question (required):</source>
        <translation>La pregunta (obligatoria):</translation>
    </message>
    <message>
        <source>Ask whom:</source>
        <translation>A quién preguntar:</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Nada en particular</translation>
    </message>
    <message>
        <source>What the question is about</source>
        <translation>De qué trata la pregunta</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Please write the question — a few words are enough.</source>
        <translation>Escriba la pregunta — bastan unas pocas palabras.</translation>
    </message>
    <message>
        <source>Write down the answer</source>
        <translation>Anotar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Save the answer</source>
        <translation>&amp;Guardar la respuesta</translation>
    </message>
    <message>
        <source>&amp;Add the three questions</source>
        <translation>&amp;Agregar las tres preguntas</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La respuesta</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>La respuesta:</translation>
    </message>
    <message>
        <source>Answered on:</source>
        <translation>Respondida el:</translation>
    </message>
    <message>
        <source>Please write down the answer — a few words are enough.</source>
        <translation>Anote la respuesta — bastan unas pocas palabras.</translation>
    </message>
    <message>
        <source>Add the questions for when you’re stuck</source>
        <translation>Agregar las preguntas para cuando se atasque</translation>
    </message>
    <message>
        <source>These three questions will be added to your list:
</source>
        <translation>Estas tres preguntas se agregarán a su lista:
</translation>
    </message>
    <message>
        <source>The three questions</source>
        <translation>Las tres preguntas</translation>
    </message>
    <message>
        <source>What you are stuck on</source>
        <translation>En qué no avanza</translation>
    </message>
    <message>
        <source>What you are stuck on:</source>
        <translation>En qué no avanza:</translation>
    </message>
    <message>
        <source>General information from the guide, not coverage advice.</source>
        <translation>Información general de la guía, no es consejo sobre su cobertura.</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>The request: {what}</source>
        <translation>La solicitud: {what}</translation>
    </message>
    <message>
        <source>The step: {title}</source>
        <translation>El paso: {title}</translation>
    </message>
    <message>
        <source>about: {what}</source>
        <translation>sobre: {what}</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Ask whom</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open: still to ask. Answered: you wrote down the answer. No longer needed: you do not need to ask it any more.</source>
        <translation>Pendiente: falta preguntarla. Respondida: usted anotó la respuesta. Ya no hace falta: ya no necesita preguntarla.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
</context>
<context>
    <name>QuestionsTab</name>
    <message>
        <source>&amp;Add a question…</source>
        <translation>&amp;Agregar una pregunta…</translation>
    </message>
    <message>
        <source>Write down something to ask on your next call.</source>
        <translation>Anote algo que quiera preguntar en su próxima llamada.</translation>
    </message>
    <message>
        <source>How many questions are open and answered</source>
        <translation>Cuántas preguntas están pendientes y cuántas respondidas</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Columns of the list (click to sort)</source>
        <translation>Columnas de la lista (haga clic para ordenar)</translation>
    </message>
    <message>
        <source>No questions yet. Write down what you want to ask on your next call, so nothing is forgotten — and the answer has a place to go.</source>
        <translation>Todavía no hay preguntas. Anote lo que quiere preguntar en su próxima llamada, para que no se le olvide nada — y la respuesta tenga dónde quedar.</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Agregar una pregunta</translation>
    </message>
</context>
<context>
    <name>RequestDialogs</name>
    <message>
        <source>The number a fax machine, a website or a person gives you to show that it arrived.</source>
        <translation>El número que le da una máquina de fax, un sitio web o una persona para mostrar que llegó.</translation>
    </message>
    <message>
        <source>Shift+Enter starts a new line</source>
        <translation>Mayús+Enter empieza una línea nueva</translation>
    </message>
    <message>
        <source>Choose how…</source>
        <translation>Elija cómo…</translation>
    </message>
    <message>
        <source>How we sent it</source>
        <translation>Cómo lo enviamos</translation>
    </message>
    <message>
        <source>How you sent it: fax, online portal, mail…</source>
        <translation>Cómo lo envió: fax, portal en línea, correo postal…</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Modificar la solicitud</translation>
    </message>
    <message>
        <source>Add a request</source>
        <translation>Agregar una solicitud</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Lo que pidieron</translation>
    </message>
    <message>
        <source>e.g. Letter of medical necessity</source>
        <translation>p. ej., Carta de necesidad médica</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Quién la pidió</translation>
    </message>
    <message>
        <source>A person, an office or the plan</source>
        <translation>Una persona, una oficina o el plan</translation>
    </message>
    <message>
        <source>Who asked for it. Start typing to pick someone already in the folder.</source>
        <translation>Quién lo pidió. Empiece a escribir para elegir a alguien que ya está en la carpeta.</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Fecha en que la pidieron</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>The day they need it by, if they said one.</source>
        <translation>El día para el que lo necesitan, si le dijeron uno.</translation>
    </message>
    <message>
        <source>What they asked for (required):</source>
        <translation>Lo que pidieron (obligatorio):</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>Quién la pidió:</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>La pidieron el:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Notes about this request</source>
        <translation>Notas sobre esta solicitud</translation>
    </message>
    <message>
        <source>Not part of a step</source>
        <translation>No es parte de un paso</translation>
    </message>
    <message>
        <source>The step it belongs to</source>
        <translation>El paso al que pertenece</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Part of the step:</source>
        <translation>Parte del paso:</translation>
    </message>
    <message>
        <source>What we sent</source>
        <translation>Lo que enviamos</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Sent to whom</source>
        <translation>A quién se envió</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviado por</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Número de confirmación</translation>
    </message>
    <message>
        <source>They confirmed on</source>
        <translation>Lo confirmaron el</translation>
    </message>
    <message>
        <source>The day they told us they have it.</source>
        <translation>El día en que nos dijeron que lo tienen.</translation>
    </message>
    <message>
        <source>Clear it if nothing was sent after all.</source>
        <translation>Bórrela si al final no se envió nada.</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Enviado el:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
    <message>
        <source>To whom:</source>
        <translation>A quién:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Enviado por:</translation>
    </message>
    <message>
        <source>Confirmation number:</source>
        <translation>Número de confirmación:</translation>
    </message>
    <message>
        <source>Confirmed received on:</source>
        <translation>Confirmaron que lo recibieron el:</translation>
    </message>
    <message>
        <source>Please write what they asked for — a few words are enough.</source>
        <translation>Escriba lo que pidieron — bastan unas pocas palabras.</translation>
    </message>
    <message>
        <source>They confirmed they have it on</source>
        <translation>Confirmaron que lo tienen el</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>They asked for: {what}</source>
        <translation>Pidieron: {what}</translation>
    </message>
    <message>
        <source>Who you sent it to</source>
        <translation>A quién se lo envió</translation>
    </message>
    <message>
        <source>If you got one</source>
        <translation>Si le dieron uno</translation>
    </message>
    <message>
        <source>Papers we sent (tick the ones you included)</source>
        <translation>Papeles que enviamos (marque los que incluyó)</translation>
    </message>
    <message>
        <source>Papers we sent (optional):</source>
        <translation>Papeles que enviamos (opcional):</translation>
    </message>
    <message>
        <source>No documents in the folder yet. Add them on the Documents tab if you want to keep a copy of what you sent.</source>
        <translation>Todavía no hay documentos en la carpeta. Agréguelos en la pestaña Documentos si quiere guardar una copia de lo que envió.</translation>
    </message>
    <message>
        <source>Who sent it, if not you</source>
        <translation>Quién lo envió, si no fue usted</translation>
    </message>
    <message>
        <source>Please fill in the day you sent it (for example: today).</source>
        <translation>Escriba el día en que lo envió (por ejemplo: hoy).</translation>
    </message>
    <message>
        <source>Mark as sent: {what}</source>
        <translation>Marcar como enviada: {what}</translation>
    </message>
</context>
</TS>
