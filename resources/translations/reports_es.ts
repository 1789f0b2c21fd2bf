<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
    <context>
        <name>CalendarFile</name>
        <message>
            <source>Infusion Desk deadlines</source>
            <translation>Fechas límite de Infusion Desk</translation>
        </message>
        <message>
            <source>Where the date comes from: {source}.</source>
            <translation>De dónde sale la fecha: {source}.</translation>
        </message>
        <message>
            <source>Source: {source}, {address}</source>
            <translation>Fuente: {source}, {address}</translation>
        </message>
    </context>
    <context>
        <name>Packet</name>
        <message>
            <source>Infusion Desk folder packet — a personal organizer, not coverage advice.</source>
            <translation>Paquete de la carpeta de Infusion Desk — un organizador personal, no es consejo sobre su cobertura.</translation>
        </message>
        <message>
            <source>Folder packet — {name}</source>
            <translation>Paquete de la carpeta — {name}</translation>
        </message>
        <message>
            <source>Folder packet</source>
            <translation>Paquete de la carpeta</translation>
        </message>
        <message>
            <source>Patient name not filled in</source>
            <translation>Falta el nombre del paciente</translation>
        </message>
        <message>
            <source>Folder packet · printed on {day}</source>
            <translation>Paquete de la carpeta · impreso el {day}</translation>
        </message>
        <message>
            <source>Page {page} of</source>
            <translation>Página {page} de</translation>
        </message>
    </context>
    <context>
        <name>PacketAttached</name>
        <message>
            <source>Attached documents</source>
            <translation>Documentos adjuntos</translation>
        </message>
        <message>
            <source>Document {number} of {total}: {title}</source>
            <translation>Documento {number} de {total}: {title}</translation>
        </message>
        <message>
            <source>{document} — page {page} of {pages}</source>
            <translation>{document} — página {page} de {pages}</translation>
        </message>
        <message>
            <source>This page could not be drawn for the packet. The document is saved in the folder, and you can still open it with your PDF viewer.</source>
            <translation>No se pudo dibujar esta página en el paquete. El documento está guardado en la carpeta y puede abrirlo con su visor de PDF.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>File name</source>
            <translation>Nombre del archivo</translation>
        </message>
        <message>
            <source>This document could not be added to the packet: {why} It is saved in the folder.</source>
            <translation>No se pudo agregar este documento al paquete: {why} Está guardado en la carpeta.</translation>
        </message>
        <message>
            <source>(This document is empty.)</source>
            <translation>(Este documento está vacío).</translation>
        </message>
    </context>
    <context>
        <name>PacketCover</name>
        <message>
            <source>A personal organizer printout made with Infusion Desk. It is not coverage advice: confirm details with the plan and the provider.</source>
            <translation>Impreso de un organizador personal hecho con Infusion Desk. Es información general, no es consejo sobre su cobertura: confirme los detalles con el plan y con el proveedor.</translation>
        </message>
        <message>
            <source>Patient name not filled in</source>
            <translation>Falta el nombre del paciente</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <source>Folder packet</source>
            <translation>Paquete de la carpeta</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Impreso el {day}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Contents&lt;/b&gt;</source>
            <translation>&lt;b&gt;Contenido&lt;/b&gt;</translation>
        </message>
        <message>
            <source>ALLERGIES:</source>
            <translation>ALERGIAS:</translation>
        </message>
        <message>
            <source>started {day}</source>
            <translation>empezó el {day}</translation>
        </message>
        <message>
            <source>planned last day {day}</source>
            <translation>último día previsto: {day}</translation>
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
            <source>Dosing schedule</source>
            <translation>Horario de las dosis</translation>
        </message>
        <message>
            <source>Access line</source>
            <translation>Vía de acceso</translation>
        </message>
        <message>
            <source>Therapy dates</source>
            <translation>Fechas de la terapia</translation>
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
            <source>Nursing visits</source>
            <translation>Visitas de la enfermera</translation>
        </message>
        <message>
            <source>Insurance</source>
            <translation>Seguro</translation>
        </message>
        <message>
            <source>member ID {id}</source>
            <translation>n.º de miembro {id}</translation>
        </message>
        <message>
            <source>group {number}</source>
            <translation>grupo {number}</translation>
        </message>
        <message>
            <source>(in full under Patient and therapy)</source>
            <translation>(completo en «Paciente y terapia»)</translation>
        </message>
        <message>
            <source>Nothing written down about the patient and therapy yet.</source>
            <translation>Todavía no hay nada anotado sobre el paciente y la terapia.</translation>
        </message>
        <message>
            <source>The page of each document is in the document index.</source>
            <translation>La página de cada documento está en el índice de documentos.</translation>
        </message>
    </context>
    <context>
        <name>PacketProblem</name>
        <message>
            <source>it is protected with a password.</source>
            <translation>está protegido con una contraseña.</translation>
        </message>
        <message>
            <source>it seems to be damaged, so it could not be read.</source>
            <translation>parece dañado y no se pudo leer.</translation>
        </message>
        <message>
            <source>it took too long to read.</source>
            <translation>tardaba demasiado en leerse.</translation>
        </message>
        <message>
            <source>the picture is too large to print safely.</source>
            <translation>la imagen es demasiado grande para imprimirla sin problemas.</translation>
        </message>
        <message>
            <source>it has no pages to print.</source>
            <translation>no tiene páginas para imprimir.</translation>
        </message>
        <message>
            <source>this kind of file cannot be printed from Infusion Desk.</source>
            <translation>este tipo de archivo no se puede imprimir desde Infusion Desk.</translation>
        </message>
        <message>
            <source>photos in this format (HEIC) cannot be read on this computer.</source>
            <translation>las fotos en este formato (HEIC) no se pueden leer en esta computadora.</translation>
        </message>
        <message>
            <source>its file could not be read from the folder.</source>
            <translation>no se pudo leer su archivo en la carpeta.</translation>
        </message>
    </context>
    <context>
        <name>PacketRecords</name>
        <message>
            <source>Patient and therapy</source>
            <translation>Paciente y terapia</translation>
        </message>
        <message>
            <source>Insurance plans</source>
            <translation>Planes de seguro</translation>
        </message>
        <message>
            <source>People to call</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Coverage steps</source>
            <translation>Pasos de la cobertura</translation>
        </message>
        <message>
            <source>Requests: what they asked for and what we sent</source>
            <translation>Solicitudes: lo que pidieron y lo que enviamos</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Llamadas</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <source>Document index</source>
            <translation>Índice de documentos</translation>
        </message>
        <message>
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Therapy or drug</source>
            <translation>Terapia o medicamento</translation>
        </message>
        <message>
            <source>Dosing schedule</source>
            <translation>Horario de las dosis</translation>
        </message>
        <message>
            <source>Planned duration</source>
            <translation>Duración prevista</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>Fecha de inicio</translation>
        </message>
        <message>
            <source>Access line</source>
            <translation>Vía de acceso</translation>
        </message>
        <message>
            <source>Prescriber</source>
            <translation>Médico que receta</translation>
        </message>
        <message>
            <source>Home infusion provider</source>
            <translation>Proveedor de infusión en el hogar</translation>
        </message>
        <message>
            <source>Nurse visits</source>
            <translation>Visitas de la enfermera</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Nothing written down about the patient and therapy yet.</source>
            <translation>Todavía no hay nada anotado sobre el paciente y la terapia.</translation>
        </message>
        <message>
            <source>No insurance plans written down yet.</source>
            <translation>Todavía no hay planes de seguro anotados.</translation>
        </message>
        <message>
            <source>from {day}</source>
            <translation>desde el {day}</translation>
        </message>
        <message>
            <source>to {day}</source>
            <translation>hasta el {day}</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
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
            <translation>Teléfono de servicios al miembro</translation>
        </message>
        <message>
            <source>Prior authorization phone</source>
            <translation>Teléfono de autorización previa</translation>
        </message>
        <message>
            <source>Prior authorization fax</source>
            <translation>Fax de autorización previa</translation>
        </message>
        <message>
            <source>Policyholder</source>
            <translation>Titular de la póliza</translation>
        </message>
        <message>
            <source>In effect</source>
            <translation>Vigente</translation>
        </message>
        <message>
            <source>No contacts written down yet.</source>
            <translation>Todavía no hay contactos anotados.</translation>
        </message>
        <message>
            <source>Name not written down</source>
            <translation>Sin nombre anotado</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
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
            <source>Fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
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
            <source>No coverage steps written down yet.</source>
            <translation>Todavía no hay pasos de la cobertura anotados.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Waiting on</source>
            <translation>Esperando a</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Empezó</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decidido</translation>
        </message>
        <message>
            <source>Authorization / reference no.</source>
            <translation>N.º de autorización o de referencia</translation>
        </message>
        <message>
            <source>Approved period</source>
            <translation>Período aprobado</translation>
        </message>
        <message>
            <source>Approved quantity</source>
            <translation>Cantidad aprobada</translation>
        </message>
        <message>
            <source>What they asked for</source>
            <translation>Lo que pidieron</translation>
        </message>
        <message>
            <source>What we sent, and when</source>
            <translation>Lo que enviamos, y cuándo</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ATRASADO</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abierta</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <source>Confirmed received</source>
            <translation>Confirmaron que la recibieron</translation>
        </message>
        <message>
            <source>No requests written down yet.</source>
            <translation>Todavía no hay solicitudes anotadas.</translation>
        </message>
        <message>
            <source>(not written)</source>
            <translation>(sin anotar)</translation>
        </message>
        <message>
            <source>Notes: {notes}</source>
            <translation>Notas: {notes}</translation>
        </message>
        <message>
            <source>Documents: {documents}</source>
            <translation>Documentos: {documents}</translation>
        </message>
        <message>
            <source>No calls logged yet.</source>
            <translation>Todavía no hay llamadas en el registro.</translation>
        </message>
        <message>
            <source>{day} (done)</source>
            <translation>{day} (hecho)</translation>
        </message>
        <message>
            <source>Reference no.</source>
            <translation>Número de referencia</translation>
        </message>
        <message>
            <source>What we talked about</source>
            <translation>De qué hablamos</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>Dar seguimiento el</translation>
        </message>
        <message>
            <source>No questions written down yet.</source>
            <translation>Todavía no hay preguntas anotadas.</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(sin texto)</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Preguntar a</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Answered on</source>
            <translation>Respondida el</translation>
        </message>
        <message>
            <source>No documents added yet.</source>
            <translation>Todavía no se agregaron documentos.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>On page</source>
            <translation>En la página</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Personal organizer summary made with Infusion Desk — not coverage advice. Confirm details with the plan and the provider.</source>
            <translation>Resumen de un organizador personal hecho con Infusion Desk — información general, no es consejo sobre su cobertura. Confirme los detalles con el plan y con el proveedor.</translation>
        </message>
        <message>
            <source>Nothing sent yet</source>
            <translation>Todavía no se envió nada</translation>
        </message>
        <message>
            <source>{day} (age {age})</source>
            <translation>{day} ({age} años)</translation>
        </message>
        <message>
            <source>{therapy}, for {condition}</source>
            <translation>{therapy}, para {condition}</translation>
        </message>
        <message>
            <source>For {condition}</source>
            <translation>Para {condition}</translation>
        </message>
        <message>
            <source>{length}, starts {day}</source>
            <translation>{length}, empieza el {day}</translation>
        </message>
        <message>
            <source>{length}, started {day}</source>
            <translation>{length}, empezó el {day}</translation>
        </message>
        <message>
            <source>Starts {day}</source>
            <translation>Empieza el {day}</translation>
        </message>
        <message>
            <source>Started {day}</source>
            <translation>Empezó el {day}</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sin fecha de fin</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
        <message>
            <source>ENDS SOON: {when}</source>
            <translation>TERMINA PRONTO: {when}</translation>
        </message>
        <message>
            <source>Asked {day} by {who}</source>
            <translation>Lo pidió {who} el {day}</translation>
        </message>
        <message>
            <source>Asked {day}</source>
            <translation>Pedido el {day}</translation>
        </message>
        <message>
            <source>Asked by {who}</source>
            <translation>Lo pidió {who}</translation>
        </message>
        <message>
            <source>due {day} ({when})</source>
            <translation>vence el {day} ({when})</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>vence el {day}</translation>
        </message>
        <message>
            <source>Sent {day} by {how} to {whom}</source>
            <translation>Enviado el {day} por {how} a {whom}</translation>
        </message>
        <message>
            <source>Sent {day} by {how}</source>
            <translation>Enviado el {day} por {how}</translation>
        </message>
        <message>
            <source>Sent {day} to {whom}</source>
            <translation>Enviado el {day} a {whom}</translation>
        </message>
        <message>
            <source>Sent {day}</source>
            <translation>Enviado el {day}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>lo envió {who}</translation>
        </message>
        <message>
            <source>confirmation {number}</source>
            <translation>confirmación {number}</translation>
        </message>
        <message>
            <source>they confirmed receipt {day}</source>
            <translation>confirmaron que lo recibieron el {day}</translation>
        </message>
        <message>
            <source>We called {place}, spoke with {person}</source>
            <translation>Llamamos a {place}, hablamos con {person}</translation>
        </message>
        <message>
            <source>We called {place}</source>
            <translation>Llamamos a {place}</translation>
        </message>
        <message>
            <source>We called, spoke with {person}</source>
            <translation>Llamamos, hablamos con {person}</translation>
        </message>
        <message>
            <source>We called</source>
            <translation>Llamamos</translation>
        </message>
        <message>
            <source>{caller} called: {person}</source>
            <translation>Llamó {caller}: {person}</translation>
        </message>
        <message>
            <source>{caller} called</source>
            <translation>Llamó {caller}</translation>
        </message>
        <message>
            <source>Someone called</source>
            <translation>Llamó alguien</translation>
        </message>
    </context>
    <context>
        <name>SummaryDeadlines</name>
        <message>
            <source>Deadlines that cannot be missed</source>
            <translation>Fechas límite que no se deben pasar</translation>
        </message>
        <message>
            <source>deadlines</source>
            <translation>fechas límite</translation>
        </message>
        <message>
            <source>No deadline written down for this.</source>
            <translation>No hay ninguna fecha límite anotada para esto.</translation>
        </message>
        <message>
            <source>Also not to miss:</source>
            <translation>No olvide también:</translation>
        </message>
        <message>
            <source>date from the letter</source>
            <translation>fecha de la carta</translation>
        </message>
        <message>
            <source>from the rules: {source}. &lt;b&gt;{letter_first}&lt;/b&gt;</source>
            <translation>según las reglas: {source}. &lt;b&gt;{letter_first}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{deadline}, date from the letter</source>
            <translation>{deadline}, fecha de la carta</translation>
        </message>
        <message>
            <source>{deadline}, worked out from the rules: {regulation}, checked {day}. &lt;b&gt;{letter_first}&lt;/b&gt;</source>
            <translation>{deadline}, calculada según las reglas: {regulation}, revisadas el {day}. &lt;b&gt;{letter_first}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;{what} {day}&lt;/b&gt; ({when})</source>
            <translation>&lt;b&gt;{what} {day}&lt;/b&gt; ({when})</translation>
        </message>
        <message numerus="yes">
            <source>%n deadlines are {where} of the app.</source>
            <translation>
                <numerusform>%n fecha límite está {where} de la aplicación.</numerusform>
                <numerusform>%n fechas límite están {where} de la aplicación.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryLists</name>
        <message>
            <source>plans</source>
            <translation>planes</translation>
        </message>
        <message numerus="yes">
            <source>%n more {things}</source>
            <translation>
                <numerusform>{things} (%n más)</numerusform>
                <numerusform>{things} (%n más)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n more {things} are {where} of the app.</source>
            <translation>
                <numerusform>Hay %n más {where}: {things}.</numerusform>
                <numerusform>Hay %n más {where}: {things}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>This page has no room for the rest: it is in the app, on its tabs.</source>
            <translation>En esta página no cabe el resto: está en la aplicación, en sus pestañas.</translation>
        </message>
        <message>
            <source>Summary — {name}</source>
            <translation>Resumen — {name}</translation>
        </message>
        <message>
            <source>Appointment summary</source>
            <translation>Resumen para la cita</translation>
        </message>
        <message>
            <source>Appointment summary: {meeting}</source>
            <translation>Resumen para la cita: {meeting}</translation>
        </message>
        <message>
            <source>Patient name not filled in</source>
            <translation>Falta el nombre del paciente</translation>
        </message>
        <message>
            <source>Date of birth: &lt;b&gt;{day}&lt;/b&gt;</source>
            <translation>Fecha de nacimiento: &lt;b&gt;{day}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Printed on {day}</source>
            <translation>Impreso el {day}</translation>
        </message>
        <message>
            <source>Drug and dose</source>
            <translation>Medicamento y dosis</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Horario</translation>
        </message>
        <message>
            <source>Access line</source>
            <translation>Vía de acceso</translation>
        </message>
        <message>
            <source>Therapy</source>
            <translation>Terapia</translation>
        </message>
        <message>
            <source>last day {day}</source>
            <translation>último día: {day}</translation>
        </message>
        <message>
            <source>Prescriber</source>
            <translation>Médico que receta</translation>
        </message>
        <message>
            <source>Home infusion</source>
            <translation>Infusión en el hogar</translation>
        </message>
        <message>
            <source>Nursing visits</source>
            <translation>Visitas de la enfermera</translation>
        </message>
        <message>
            <source>Insurance plans</source>
            <translation>Planes de seguro</translation>
        </message>
        <message>
            <source>No insurance plans written down yet.</source>
            <translation>Todavía no hay planes de seguro anotados.</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Member ID and group</source>
            <translation>N.º de miembro y grupo</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>&lt;b&gt;{payer}&lt;/b&gt; ({rank})</source>
            <translation>&lt;b&gt;{payer}&lt;/b&gt; ({rank})</translation>
        </message>
        <message>
            <source>ID</source>
            <translation>N.º de miembro</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Member services</source>
            <translation>Servicios al miembro</translation>
        </message>
        <message>
            <source>member services {phone}</source>
            <translation>servicios al miembro {phone}</translation>
        </message>
        <message>
            <source>group</source>
            <translation>grupo</translation>
        </message>
        <message>
            <source>fax {number}</source>
            <translation>fax {number}</translation>
        </message>
        <message>
            <source>Prior authorization: {numbers}</source>
            <translation>Autorización previa: {numbers}</translation>
        </message>
        <message>
            <source>Asked {day}</source>
            <translation>Pedido el {day}</translation>
        </message>
        <message>
            <source>by {who}</source>
            <translation>por {who}</translation>
        </message>
        <message>
            <source>What they asked for</source>
            <translation>Lo que pidieron</translation>
        </message>
        <message>
            <source>What we sent, and when</source>
            <translation>Lo que enviamos, y cuándo</translation>
        </message>
        <message>
            <source>(ask {whom})</source>
            <translation>(preguntar a {whom})</translation>
        </message>
        <message>
            <source>about: {subject}</source>
            <translation>sobre: {subject}</translation>
        </message>
        <message>
            <source>Name not written down</source>
            <translation>Sin nombre anotado</translation>
        </message>
        <message>
            <source>Needs from us: {needs}</source>
            <translation>Necesita de nosotros: {needs}</translation>
        </message>
        <message>
            <source>Ref. no.</source>
            <translation>N.º de referencia</translation>
        </message>
        <message>
            <source>(not written down)</source>
            <translation>(sin anotar)</translation>
        </message>
        <message>
            <source>&lt;b&gt;OVERDUE&lt;/b&gt; — {what}</source>
            <translation>&lt;b&gt;ATRASADO&lt;/b&gt; — {what}</translation>
        </message>
        <message>
            <source>due {day} ({when})</source>
            <translation>vence el {day} ({when})</translation>
        </message>
        <message>
            <source>&lt;b&gt;not confirmed yet&lt;/b&gt;</source>
            <translation>&lt;b&gt;todavía sin confirmar&lt;/b&gt;</translation>
        </message>
        <message>
            <source>ref. no. &lt;b&gt;{number}&lt;/b&gt;</source>
            <translation>n.º de ref. &lt;b&gt;{number}&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>SummaryPages</name>
        <message>
            <source>Coverage steps</source>
            <translation>Pasos de la cobertura</translation>
        </message>
        <message>
            <source>steps</source>
            <translation>pasos</translation>
        </message>
        <message>
            <source>No coverage steps written down yet.</source>
            <translation>Todavía no hay pasos de la cobertura anotados.</translation>
        </message>
        <message>
            <source>Open requests</source>
            <translation>Solicitudes abiertas</translation>
        </message>
        <message>
            <source>open requests</source>
            <translation>solicitudes abiertas</translation>
        </message>
        <message>
            <source>No open requests: everything asked for was sent.</source>
            <translation>No hay solicitudes abiertas: se envió todo lo que pidieron.</translation>
        </message>
        <message>
            <source>No requests written down yet.</source>
            <translation>Todavía no hay solicitudes anotadas.</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <source>questions to ask</source>
            <translation>preguntas para hacer</translation>
        </message>
        <message>
            <source>No open questions.</source>
            <translation>No hay preguntas pendientes.</translation>
        </message>
        <message>
            <source>People to call</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>people to call</source>
            <translation>contactos</translation>
        </message>
        <message>
            <source>No contacts written down yet.</source>
            <translation>Todavía no hay contactos anotados.</translation>
        </message>
        <message>
            <source>Calls, newest first</source>
            <translation>Llamadas, las más recientes primero</translation>
        </message>
        <message>
            <source>calls</source>
            <translation>llamadas</translation>
        </message>
        <message>
            <source>No calls logged yet.</source>
            <translation>Todavía no hay llamadas en el registro.</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documentos</translation>
        </message>
        <message>
            <source>No documents added yet.</source>
            <translation>Todavía no se agregaron documentos.</translation>
        </message>
        <message>
            <source>deadlines</source>
            <translation>fechas límite</translation>
        </message>
        <message>
            <source>Other open requests</source>
            <translation>Otras solicitudes abiertas</translation>
        </message>
        <message>
            <source>Other questions to ask</source>
            <translation>Otras preguntas para hacer</translation>
        </message>
        <message>
            <source>Other coverage steps</source>
            <translation>Otros pasos de la cobertura</translation>
        </message>
        <message>
            <source>coverage steps</source>
            <translation>pasos de la cobertura</translation>
        </message>
        <message>
            <source>Other calls, newest first</source>
            <translation>Otras llamadas, las más recientes primero</translation>
        </message>
        <message>
            <source>Other people to call</source>
            <translation>Otros contactos</translation>
        </message>
        <message>
            <source>Documents, newest first</source>
            <translation>Documentos, los más recientes primero</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <source>{name} ({kind}) — {day}</source>
            <translation>{name} ({kind}) — {day}</translation>
        </message>
        <message>
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
    </context>
    <context>
        <name>SummarySections</name>
        <message>
            <source>For other meetings, in brief</source>
            <translation>Para otras citas, en breve</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}:&lt;/b&gt; {empty}</source>
            <translation>&lt;b&gt;{title}:&lt;/b&gt; {empty}</translation>
        </message>
        <message>
            <source>them</source>
            <translation>ellos</translation>
        </message>
        <message>
            <source>&lt;b&gt;Call {who} back&lt;/b&gt; ({person})</source>
            <translation>&lt;b&gt;Volver a llamar a {who}&lt;/b&gt; ({person})</translation>
        </message>
        <message>
            <source>&lt;b&gt;Call {who} back&lt;/b&gt;</source>
            <translation>&lt;b&gt;Volver a llamar a {who}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{when} (was due {day})</source>
            <translation>{when} (vencía el {day})</translation>
        </message>
        <message>
            <source>{when} ({day})</source>
            <translation>{when} ({day})</translation>
        </message>
        <message>
            <source>last call {day}</source>
            <translation>última llamada: {day}</translation>
        </message>
        <message>
            <source>asked by {who}</source>
            <translation>lo pidió {who}</translation>
        </message>
        <message>
            <source>waiting on {whom}</source>
            <translation>esperando a {whom}</translation>
        </message>
        <message>
            <source>ref. # &lt;b&gt;{number}&lt;/b&gt;</source>
            <translation>n.º de ref. &lt;b&gt;{number}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Also in the app, each on its tab: {lists}.</source>
            <translation>También en la aplicación, cada cosa en su pestaña: {lists}.</translation>
        </message>
    </context>
    <context>
        <name>SummaryTabs</name>
        <message>
            <source>Requests</source>
            <translation>Solicitudes</translation>
        </message>
        <message>
            <source>Calls</source>
            <translation>Llamadas</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas para hacer</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>People to call</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>the Overview</source>
            <translation>la pantalla “Inicio”</translation>
        </message>
        <message>
            <source>the “{tab}” tab</source>
            <translation>la pestaña “{tab}”</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <source>on {places}</source>
            <translation>en {places}</translation>
        </message>
    </context>
</TS>
