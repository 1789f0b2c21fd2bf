<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 11/3/2026, today, +7</source>
        <translation>p. ej. 11/3/2026, hoy, +7</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type a date such as 11/3/2026, Nov 3, today or +7, or choose it on the calendar.</source>
        <translation>Escriba una fecha como 11/3/2026, 3 nov, hoy o +7, o elíjala en el calendario.</translation>
    </message>
    <message>
        <source>{field}: the date read</source>
        <translation>{field}: la fecha entendida</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>{field}: choose it on a calendar</source>
        <translation>{field}: elegirla en un calendario</translation>
    </message>
    <message>
        <source>Calendar: {field}</source>
        <translation>Calendario: {field}</translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation>Todavía no es una fecha</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Moves it to the trash. You can undo.</source>
        <translation>Lo pasa a la papelera. Puede deshacerlo.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Cerrar sin guardar (Esc)</translation>
    </message>
    <message>
        <source>More details</source>
        <translation>Más detalles</translation>
    </message>
    <message>
        <source>Show or hide: {part}</source>
        <translation>Mostrar u ocultar: {part}</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>{part} ({fields})</source>
        <translation>{part} ({fields})</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>This was chosen in a newer version of Infusion Desk. It is kept as it is unless you choose something else.</source>
        <translation>Esto se eligió en una versión más nueva de Infusion Desk. Se mantiene igual a menos que usted elija otra cosa.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>HelpMark</name>
    <message>
        <source>What this means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>What “{name}” means</source>
        <translation>Qué significa “{name}”</translation>
    </message>
</context>
<context>
    <name>IdText</name>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>none written down</source>
        <translation>no se anotó ninguno</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the {name}, to paste it into a form or an email</source>
        <translation>Copiar el {name} para pegarlo en un formulario o en un correo electrónico</translation>
    </message>
    <message>
        <source>Copy the {name}</source>
        <translation>Copiar el {name}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>LedgerFilters</name>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Every request, sent or not.</source>
        <translation>Todas las solicitudes, enviadas o no.</translation>
    </message>
    <message>
        <source>Requests we have not sent yet, overdue ones included.</source>
        <translation>Las solicitudes que todavía no enviamos, incluidas las atrasadas.</translation>
    </message>
    <message>
        <source>Requests we have not sent yet whose due date has passed.</source>
        <translation>Las solicitudes que todavía no enviamos y cuya fecha límite ya pasó.</translation>
    </message>
    <message>
        <source>Requests we sent, including those they confirmed they received.</source>
        <translation>Las solicitudes que enviamos, incluidas las que confirmaron haber recibido.</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>Mostrar todas las solicitudes</translation>
    </message>
    <message>
        <source>Show open requests</source>
        <translation>Mostrar las solicitudes abiertas</translation>
    </message>
    <message>
        <source>Show overdue requests</source>
        <translation>Mostrar las solicitudes atrasadas</translation>
    </message>
    <message>
        <source>Show sent requests</source>
        <translation>Mostrar las solicitudes enviadas</translation>
    </message>
    <message>
        <source>No requests right now.</source>
        <translation>No hay solicitudes por ahora.</translation>
    </message>
    <message>
        <source>No open requests right now.</source>
        <translation>No hay solicitudes abiertas por ahora.</translation>
    </message>
    <message>
        <source>No overdue requests right now.</source>
        <translation>No hay solicitudes atrasadas por ahora.</translation>
    </message>
    <message>
        <source>No sent requests right now.</source>
        <translation>No hay solicitudes enviadas por ahora.</translation>
    </message>
    <message>
        <source>{view} ({count})</source>
        <translation>{view} ({count})</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Se muestran ahora</translation>
    </message>
    <message>
        <source>Not shown now</source>
        <translation>No se muestran ahora</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>— not sent yet —</source>
        <translation>— todavía no se envió —</translation>
    </message>
    <message>
        <source>Nothing sent yet. Use “Mark as sent…” when you send it.</source>
        <translation>Todavía no se envió nada. Use “Marcar como enviado…” cuando lo envíe.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Not sent yet; no due date.</source>
        <translation>Todavía no se envió; no tiene fecha límite.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Atrasada.</translation>
    </message>
    <message>
        <source>Sent {when}; not confirmed yet.</source>
        <translation>Enviada {when}; todavía sin confirmar.</translation>
    </message>
    <message>
        <source>They confirmed they have it ({when}).</source>
        <translation>Confirmaron que la tienen ({when}).</translation>
    </message>
    <message>
        <source>{count}: {titles}</source>
        <translation>{count}: {titles}</translation>
    </message>
    <message>
        <source>Sent on {day}</source>
        <translation>Enviada el {day}</translation>
    </message>
    <message>
        <source>How: {how}</source>
        <translation>Cómo: {how}</translation>
    </message>
    <message>
        <source>To whom: {whom}</source>
        <translation>A quién: {whom}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open: not sent yet. Overdue: not sent, and the due date has passed. Sent: we sent it. Confirmed received: they told us they have it.</source>
        <translation>Abierta: todavía no se envió. Atrasada: no se envió y la fecha límite ya pasó. Enviada: la enviamos. Recibida y confirmada: nos dijeron que la tienen.</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Pedida el</translation>
    </message>
    <message>
        <source>What they asked for: the day they asked.</source>
        <translation>Lo que pidieron: el día en que lo pidieron.</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Quién la pidió</translation>
    </message>
    <message>
        <source>What they asked for: who asked.</source>
        <translation>Lo que pidieron: quién lo pidió.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What they asked for.</source>
        <translation>Lo que pidieron.</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What they asked for: the day they need it by.</source>
        <translation>Lo que pidieron: el día en que lo necesitan a más tardar.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>What we sent: the day we sent it, how, and to whom.</source>
        <translation>Lo que enviamos: el día en que lo enviamos, cómo y a quién.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>What we sent: the day we sent it.</source>
        <translation>Lo que enviamos: el día en que lo enviamos.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>What we sent: how (fax, online portal, mail…).</source>
        <translation>Lo que enviamos: cómo (fax, portal en línea, correo postal…).</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>What we sent: to whom.</source>
        <translation>Lo que enviamos: a quién.</translation>
    </message>
    <message>
        <source>Confirmation number</source>
        <translation>Número de confirmación</translation>
    </message>
    <message>
        <source>What we sent: the number a fax machine, a website or a person gives you to show that it arrived.</source>
        <translation>Lo que enviamos: el número que le da una máquina de fax, un sitio web o una persona para mostrar que llegó.</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>What we sent: the papers from the folder we included.</source>
        <translation>Lo que enviamos: los documentos de la carpeta que incluimos.</translation>
    </message>
</context>
<context>
    <name>LedgerTable</name>
    <message>
        <source>Requests: what they asked for, and what we sent</source>
        <translation>Solicitudes: lo que pidieron y lo que enviamos</translation>
    </message>
    <message>
        <source>One request a row. Enter changes the chosen request; the details beside the list show all of it.</source>
        <translation>Una solicitud por fila. Con Enter cambia la solicitud elegida; los detalles al lado de la lista la muestran completa.</translation>
    </message>
    <message>
        <source>Column titles (click one to sort)</source>
        <translation>Títulos de las columnas (haga clic en uno para ordenar)</translation>
    </message>
</context>
<context>
    <name>PaperList</name>
    <message>
        <source>Untitled document</source>
        <translation>Documento sin título</translation>
    </message>
    <message>
        <source>{title}: sent</source>
        <translation>{title}: enviado</translation>
    </message>
    <message>
        <source>{title}: not sent</source>
        <translation>{title}: no enviado</translation>
    </message>
    <message>
        <source>Papers we sent</source>
        <translation>Documentos que enviamos</translation>
    </message>
    <message>
        <source>Tick the papers from the folder that you included.</source>
        <translation>Marque los documentos de la carpeta que incluyó.</translation>
    </message>
    <message>
        <source>Tick the papers from the folder that you included. Click a paper or press Space to tick or untick it.</source>
        <translation>Marque los documentos de la carpeta que incluyó. Haga clic en un documento o pulse la barra espaciadora para marcarlo o desmarcarlo.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>How far it has got</source>
        <translation>Cuánto lleva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Add the &amp;questions for when you&apos;re stuck</source>
        <translation>Agregar las &amp;preguntas para cuando el trámite se atasca</translation>
    </message>
    <message>
        <source>Add the &amp;questions for
when you&apos;re stuck</source>
        <translation>Agregar las &amp;preguntas
para cuando el trámite
se atasca</translation>
    </message>
    <message>
        <source>Adds three questions to ask about this request: What exactly is missing? Who needs to submit it? What is the expected timeline once submitted?
From the guide: general information, not coverage advice.</source>
        <translation>Agrega tres preguntas para hacer sobre esta solicitud: ¿Qué falta exactamente? ¿Quién tiene que enviarlo? ¿Cuánto tiempo se espera que tarde una vez enviado?
De la guía: información general, no es consejo sobre su cobertura.</translation>
    </message>
    <message>
        <source>Pick a request in the list to see it in full here.</source>
        <translation>Elija una solicitud en la lista para verla completa aquí.</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Lo que pidieron</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Cómo va</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>&amp;Marcar como enviado…</translation>
    </message>
    <message>
        <source>Write down when, how and to whom you sent it.</source>
        <translation>Anote cuándo, cómo y a quién lo envió.</translation>
    </message>
    <message>
        <source>Mark as recei&amp;ved</source>
        <translation>Marcar como &amp;recibido</translation>
    </message>
    <message>
        <source>They told us they have it: note today&apos;s date.</source>
        <translation>Nos dijeron que lo tienen: se anota la fecha de hoy.</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>E&amp;ditar…</translation>
    </message>
    <message>
        <source>Change anything about this request.</source>
        <translation>Cambiar cualquier dato de esta solicitud.</translation>
    </message>
    <message>
        <source>&amp;Delete this request</source>
        <translation>E&amp;liminar esta solicitud</translation>
    </message>
    <message>
        <source>Moves it to the trash. You can undo.</source>
        <translation>La pasa a la papelera. Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Delete this request</source>
        <translation>Eliminar esta solicitud</translation>
    </message>
    <message>
        <source>Asked on:</source>
        <translation>Pedida el:</translation>
    </message>
    <message>
        <source>Asked by:</source>
        <translation>Quién la pidió:</translation>
    </message>
    <message>
        <source>Due by:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <source>Part of:</source>
        <translation>Parte de:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>What we sent</source>
        <translation>Lo que enviamos</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Todavía no se envió nada.</translation>
    </message>
    <message>
        <source>Confirmation:</source>
        <translation>Confirmación:</translation>
    </message>
    <message>
        <source>Confirmation number: the number a fax machine, a website or a person gives you to show that it arrived.</source>
        <translation>Número de confirmación: el número que le da una máquina de fax, un sitio web o una persona para mostrar que llegó.</translation>
    </message>
    <message>
        <source>Sent on:</source>
        <translation>Enviada el:</translation>
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
        <translation>Enviada por:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>Papers we sent (double-click one to open it):</source>
        <translation>Documentos que enviamos (haga doble clic en uno para abrirlo):</translation>
    </message>
    <message>
        <source>Papers we sent</source>
        <translation>Documentos que enviamos</translation>
    </message>
    <message>
        <source>Add the questions for when you&apos;re stuck</source>
        <translation>Agregar las preguntas para cuando el trámite se atasca</translation>
    </message>
    <message>
        <source>Overdue — it was due {when}, and nothing is sent yet.</source>
        <translation>Atrasada — vencía {when} y todavía no se envió nada.</translation>
    </message>
    <message>
        <source>Open — {due}; nothing sent yet.</source>
        <translation>Abierta — {due}; todavía no se envió nada.</translation>
    </message>
    <message>
        <source>Open — no due date; nothing sent yet.</source>
        <translation>Abierta — sin fecha límite; todavía no se envió nada.</translation>
    </message>
    <message>
        <source>Sent {when}, not confirmed yet.</source>
        <translation>Enviada {when}, todavía sin confirmar.</translation>
    </message>
    <message>
        <source>Confirmed received {when}.</source>
        <translation>Recibida y confirmada {when}.</translation>
    </message>
    <message>
        <source>{day} ({due})</source>
        <translation>{day} ({due})</translation>
    </message>
    <message>
        <source>They confirmed they have it on {day}.</source>
        <translation>Confirmaron que la tienen el {day}.</translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation>Todavía sin confirmar.</translation>
    </message>
    <message>
        <source>Papers kept with it, not sent yet (double-click one to open it):</source>
        <translation>Documentos guardados con ella, todavía sin enviar (haga doble clic en uno para abrirlo):</translation>
    </message>
    <message>
        <source>&amp;Change what we sent…</source>
        <translation>&amp;Cambiar lo que enviamos…</translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Add a &amp;request</source>
        <translation>Agregar una &amp;solicitud</translation>
    </message>
    <message>
        <source>Add a &amp;request…</source>
        <translation>Agregar una &amp;solicitud…</translation>
    </message>
    <message>
        <source>Write down something someone asked you for: a paper, a form, a signature.</source>
        <translation>Anote algo que alguien le pidió: un documento, un formulario, una firma.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Lo que pidieron</translation>
    </message>
    <message>
        <source>The left side of the note: the request.</source>
        <translation>El lado izquierdo de la nota: la solicitud.</translation>
    </message>
    <message>
        <source>What we sent</source>
        <translation>Lo que enviamos</translation>
    </message>
    <message>
        <source>The right side of the note: what we sent, when, how and to whom.</source>
        <translation>El lado derecho de la nota: lo que enviamos, cuándo, cómo y a quién.</translation>
    </message>
    <message>
        <source>No requests yet. When someone asks you for a paper or a form, write it down here.</source>
        <translation>Todavía no hay solicitudes. Cuando alguien le pida un documento o un formulario, anótelo aquí.</translation>
    </message>
    <message>
        <source>&amp;Show all requests</source>
        <translation>Mostrar &amp;todas las solicitudes</translation>
    </message>
</context>
<context>
    <name>StepMarker</name>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>{state} — the current step</source>
        <translation>{state} — el paso actual</translation>
    </message>
</context>
<context>
    <name>StepSideBox</name>
    <message>
        <source>Also open: side issues beside the coverage steps</source>
        <translation>También abiertos: asuntos aparte de los pasos de la cobertura</translation>
    </message>
    <message>
        <source>Also open</source>
        <translation>También abiertos</translation>
    </message>
    <message>
        <source>Things of your own that the coverage depends on, beside the usual steps.</source>
        <translation>Asuntos suyos de los que depende la cobertura, aparte de los pasos de siempre.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Things of your own that are settled. Click one to choose it.</source>
        <translation>Asuntos suyos que ya se resolvieron. Haga clic en uno para elegirlo.</translation>
    </message>
</context>
<context>
    <name>StepTrack</name>
    <message>
        <source>No coverage steps yet. Most journeys start with benefits verification, then prior authorization. Add the first one with “Add a step…” below.</source>
        <translation>Todavía no hay pasos de la cobertura. Casi siempre se empieza con la verificación de beneficios y después la autorización previa. Agregue el primero con “Agregar un paso…” aquí abajo.</translation>
    </message>
    <message>
        <source>Where things stand: the coverage steps</source>
        <translation>Cómo van las cosas: los pasos de la cobertura</translation>
    </message>
    <message>
        <source>Where things stand: the coverage steps. Chosen: {step} ({state})</source>
        <translation>Cómo van las cosas: los pasos de la cobertura. Elegido: {step} ({state})</translation>
    </message>
</context>
<context>
    <name>StepWords</name>
    <message>
        <source>Authorization no. {number}</source>
        <translation>Autorización n.º {number}</translation>
    </message>
    <message>
        <source>Reference no. {number}</source>
        <translation>Número de referencia {number}</translation>
    </message>
    <message>
        <source>This is the step things are at now.</source>
        <translation>Este es el paso en el que van las cosas ahora.</translation>
    </message>
    <message>
        <source>Click to choose it; double-click it, or press Enter, to change it.</source>
        <translation>Haga clic para elegirlo; haga doble clic o pulse Enter para cambiarlo.</translation>
    </message>
    <message>
        <source>{status} — current step</source>
        <translation>{status} — paso actual</translation>
    </message>
    <message>
        <source>Waiting on: {whom}</source>
        <translation>Se espera a: {whom}</translation>
    </message>
    <message>
        <source>Approved {period}</source>
        <translation>Aprobada {period}</translation>
    </message>
</context>
<context>
    <name>TableFit</name>
    <message>
        <source>Column titles</source>
        <translation>Títulos de las columnas</translation>
    </message>
</context>
</TS>
