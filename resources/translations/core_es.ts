<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation>Algo salió mal. No se perdió nada.</translation>
    </message>
    <message>
        <source>The details were written to {log_file} — if it happens again, that file helps whoever looks into it.</source>
        <translation>Los detalles se escribieron en {log_file}; si vuelve a pasar, ese archivo ayuda a quien revise el problema.</translation>
    </message>
</context>
<context>
    <name>AppealRules</name>
    <message>
        <source>The date on your letter comes first; confirm with the plan.</source>
        <translation>La fecha de su carta tiene prioridad; confírmela con el plan.</translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n día hábil</numerusform>
            <numerusform>%n días hábiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar days</source>
        <translation>
            <numerusform>%n día calendario</numerusform>
            <numerusform>%n días calendario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} from the date on the notice</source>
        <translation>{amount} desde la fecha del aviso</translation>
    </message>
    <message>
        <source>{amount} from the day you received the notice, taken as {presumed} days after its date: {total} days from the date on it</source>
        <translation>{amount} desde el día en que recibió el aviso, que se considera {presumed} días después de su fecha: {total} días desde la fecha del aviso</translation>
    </message>
    <message>
        <source>{amount} from the day you received the notice</source>
        <translation>{amount} desde el día en que recibió el aviso</translation>
    </message>
    <message>
        <source>{regulation} (checked {day})</source>
        <translation>{regulation} (revisado el {day})</translation>
    </message>
    <message>
        <source>Ask for a redetermination</source>
        <translation>Pida una redeterminación</translation>
    </message>
    <message>
        <source>the Medicare contractor named on the notice</source>
        <translation>el contratista de Medicare que aparece en el aviso</translation>
    </message>
    <message>
        <source>Receipt is presumed 5 days after the date on the notice unless shown otherwise. The Medicare Summary Notice&apos;s last page explains how to ask.</source>
        <translation>Se considera que el aviso se recibe 5 días después de su fecha, salvo prueba de lo contrario. La última página del Resumen de Medicare (Medicare Summary Notice) explica cómo pedirla.</translation>
    </message>
    <message>
        <source>Ask for a reconsideration</source>
        <translation>Pida una reconsideración</translation>
    </message>
    <message>
        <source>the Qualified Independent Contractor (QIC) named on the redetermination notice</source>
        <translation>el Contratista Independiente Calificado (QIC) que aparece en el aviso de redeterminación</translation>
    </message>
    <message>
        <source>Filed on the day the QIC receives it; mail it early.</source>
        <translation>Cuenta como presentada el día en que la recibe el QIC; envíela por correo postal con tiempo.</translation>
    </message>
    <message>
        <source>Ask for a hearing before a judge (ALJ)</source>
        <translation>Pida una audiencia ante un juez (ALJ)</translation>
    </message>
    <message>
        <source>the office named on the reconsideration notice</source>
        <translation>la oficina que aparece en el aviso de reconsideración</translation>
    </message>
    <message>
        <source>A minimum amount in dispute applies; the notice says how much.</source>
        <translation>Se aplica una cantidad mínima en disputa; el aviso dice cuánto.</translation>
    </message>
    <message>
        <source>Ask the Medicare Appeals Council to review</source>
        <translation>Pida al Consejo de Apelaciones de Medicare que revise el caso</translation>
    </message>
    <message>
        <source>the office named on the judge&apos;s decision</source>
        <translation>la oficina que aparece en la decisión del juez</translation>
    </message>
    <message>
        <source>Ask the plan for a reconsideration</source>
        <translation>Pida al plan una reconsideración</translation>
    </message>
    <message>
        <source>the plan, at the address on the notice</source>
        <translation>el plan, a la dirección que aparece en el aviso</translation>
    </message>
    <message>
        <source>Moved from 60 days from the notice&apos;s date to 65 from it for 2025 on (CY2025 rule CMS-4205-F, 89 FR 30448): 60 days after receipt, presumed 5 days after the date. CMS&apos;s guidance page (update of Nov 20, 2024, in force Jan 1, 2025) says 65; some official pages still say 60. Fairly sure of 65; the letter&apos;s own date wins.</source>
        <translation>Cambió de 60 días desde la fecha del aviso a 65 a partir de 2025 (regla CY2025 CMS-4205-F, 89 FR 30448): 60 días después de recibirlo, que se considera 5 días después de la fecha. La página de orientación de CMS (actualizada el 20 de nov. de 2024, vigente desde el 1 de ene. de 2025) dice 65; algunas páginas oficiales todavía dicen 60. Bastante seguro de 65; la fecha de la carta tiene prioridad.</translation>
    </message>
    <message>
        <source>Nothing to file: the plan sends its decision on to an independent reviewer by itself</source>
        <translation>No hay nada que presentar: el plan envía su decisión a un revisor independiente por su cuenta</translation>
    </message>
    <message>
        <source>Nothing to file: when the plan keeps its denial, it must send the case on to an independent reviewer. Ask the plan when it was sent.</source>
        <translation>No hay nada que presentar: si el plan mantiene la denegación, debe enviar el caso a un revisor independiente. Pregunte al plan cuándo lo envió.</translation>
    </message>
    <message>
        <source>the office named on the reviewer&apos;s notice</source>
        <translation>la oficina que aparece en el aviso del revisor</translation>
    </message>
    <message>
        <source>422.602(b) counts 60 days from the date of the reviewer&apos;s notice (Original Medicare counts from receipt, 405.1002); the earlier reading is kept.</source>
        <translation>422.602(b) cuenta 60 días desde la fecha del aviso del revisor (Original Medicare cuenta desde que se recibe, 405.1002); se usa la fecha más temprana.</translation>
    </message>
    <message>
        <source>422.608 applies the Original Medicare rule, 42 CFR 405.1102.</source>
        <translation>422.608 aplica la regla de Original Medicare, 42 CFR 405.1102.</translation>
    </message>
    <message>
        <source>Ask the drug plan for a redetermination</source>
        <translation>Pida al plan de medicamentos una redeterminación</translation>
    </message>
    <message>
        <source>the drug plan, at the address on the notice</source>
        <translation>el plan de medicamentos, a la dirección que aparece en el aviso</translation>
    </message>
    <message>
        <source>The current text reads 60 calendar days after receipt of the written notice, receipt presumed 5 days after its date: 65 days from the date (CY2025 rule CMS-4205-F). Older pages say 60 from the date. Sure of the current text as mirrored from ecfr.gov (June 2026); the letter&apos;s own date wins.</source>
        <translation>El texto actual dice 60 días calendario después de recibir el aviso escrito, que se considera recibido 5 días después de su fecha: 65 días desde la fecha (regla CY2025 CMS-4205-F). Páginas más antiguas dicen 60 desde la fecha. Seguro del texto actual según la copia de ecfr.gov (junio de 2026); la fecha de la carta tiene prioridad.</translation>
    </message>
    <message>
        <source>Ask the independent review entity (IRE) for a reconsideration</source>
        <translation>Pida a la entidad de revisión independiente (IRE) una reconsideración</translation>
    </message>
    <message>
        <source>the independent review entity named on the redetermination notice</source>
        <translation>la entidad de revisión independiente que aparece en el aviso de redeterminación</translation>
    </message>
    <message>
        <source>Counted from the date of the plan&apos;s redetermination, as the text found reads. Not sure whether the 2025 change also reached this level; counting from the date gives the earlier of the two dates.</source>
        <translation>Se cuenta desde la fecha de la redeterminación del plan, según el texto encontrado. No es seguro que el cambio de 2025 también se aplique a este nivel; contar desde la fecha da la más temprana de las dos fechas.</translation>
    </message>
    <message>
        <source>423.1972(b) counts 60 days from the date of the reviewer&apos;s notice; 423.2002 from its receipt (presumed 5 days after). The earlier of the two is kept.</source>
        <translation>423.1972(b) cuenta 60 días desde la fecha del aviso del revisor; 423.2002 desde que se recibe (se considera 5 días después). Se usa la más temprana de las dos.</translation>
    </message>
    <message>
        <source>Ask for an appeal or a fair hearing</source>
        <translation>Pida una apelación o una audiencia imparcial</translation>
    </message>
    <message>
        <source>the plan or the state, as the letter says</source>
        <translation>el plan o el estado, según lo que diga la carta</translation>
    </message>
    <message>
        <source>Each state sets its own time within federal limits, and a Medicaid managed care plan has its own appeal step first; the app gives no figure.</source>
        <translation>Cada estado fija su propio plazo dentro de los límites federales, y un plan de atención administrada de Medicaid tiene primero su propio paso de apelación; la aplicación no da una cifra.</translation>
    </message>
    <message>
        <source>Your state sets this time. Read the letter, or ask your state Medicaid office or the plan, how many days you have.</source>
        <translation>Su estado fija este plazo. Lea la carta, o pregunte a la oficina de Medicaid de su estado o al plan cuántos días tiene.</translation>
    </message>
    <message>
        <source>Ask the state for a fair hearing</source>
        <translation>Pida al estado una audiencia imparcial</translation>
    </message>
    <message>
        <source>the state Medicaid agency, as the letter says</source>
        <translation>la agencia estatal de Medicaid, según lo que diga la carta</translation>
    </message>
    <message>
        <source>The state sets the time within federal limits; the app gives no figure.</source>
        <translation>El estado fija el plazo dentro de los límites federales; la aplicación no da una cifra.</translation>
    </message>
    <message>
        <source>Your state sets this time. Read the letter, or ask your state Medicaid office how many days you have to ask for a fair hearing.</source>
        <translation>Su estado fija este plazo. Lea la carta, o pregunte a la oficina de Medicaid de su estado cuántos días tiene para pedir una audiencia imparcial.</translation>
    </message>
    <message>
        <source>Ask the plan for an internal appeal</source>
        <translation>Pida al plan una apelación interna</translation>
    </message>
    <message>
        <source>Counted from the day the denial was received; with no day written down, from the date on the notice (the earlier date).</source>
        <translation>Se cuenta desde el día en que recibió la denegación; si ese día no está anotado, desde la fecha del aviso (la fecha más temprana).</translation>
    </message>
    <message>
        <source>Ask for an external review</source>
        <translation>Pida una revisión externa</translation>
    </message>
    <message>
        <source>the reviewer named on the final internal decision</source>
        <translation>el revisor que aparece en la decisión interna final</translation>
    </message>
    <message>
        <source>Federal process: within 4 months of receiving the final internal decision (with no such day in the fourth month, the first day of the fifth). A state&apos;s own process may give a different time; the letter says which applies.</source>
        <translation>Proceso federal: dentro de los 4 meses después de recibir la decisión interna final (si ese día no existe en el cuarto mes, el primer día del quinto). El proceso propio de un estado puede dar otro plazo; la carta dice cuál se aplica.</translation>
    </message>
</context>
<context>
    <name>ArchiveImport</name>
    <message>
        <source>{name}: only PDFs and pictures are added from an archive, so this file stays inside it.</source>
        <translation>{name}: de un archivo ZIP solo se agregan los PDF y las imágenes, así que este archivo se queda adentro.</translation>
    </message>
    <message>
        <source>This document is not a ZIP archive, so there are no files inside to add.</source>
        <translation>Este documento no es un archivo ZIP, así que no tiene archivos adentro para agregar.</translation>
    </message>
    <message>
        <source>This ZIP archive could not be read, so nothing could be taken out of it. It is still kept in the folder as it was added.</source>
        <translation>No se pudo leer este archivo ZIP, así que no se pudo sacar nada de él. Sigue guardado en la carpeta tal como se agregó.</translation>
    </message>
</context>
<context>
    <name>Archives</name>
    <message>
        <source>{name} is protected with a password inside the archive, so it could not be taken out.</source>
        <translation>{name} está protegido con contraseña dentro del archivo comprimido, así que no se pudo sacar.</translation>
    </message>
    <message>
        <source>{name} is too large to keep ({size}); the largest file Infusion Desk can keep is 500 MB.</source>
        <translation>{name} es demasiado grande para guardarlo ({size}); el archivo más grande que Infusion Desk puede guardar es de 500 MB.</translation>
    </message>
    <message>
        <source>{name} could not be taken out of the archive (the archive may be damaged).</source>
        <translation>{name} no se pudo sacar del archivo comprimido (puede que el archivo comprimido esté dañado).</translation>
    </message>
    <message>
        <source>{name} is too large to keep; the largest file Infusion Desk can keep is 500 MB.</source>
        <translation>{name} es demasiado grande para guardarlo; el archivo más grande que Infusion Desk puede guardar es de 500 MB.</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>A visit with the doctor</source>
        <translation>Una visita con el médico</translation>
    </message>
    <message>
        <source>A call with the insurance plan</source>
        <translation>Una llamada con el plan de seguro</translation>
    </message>
    <message>
        <source>The home infusion pharmacy</source>
        <translation>La farmacia de terapia de infusión en el hogar</translation>
    </message>
    <message>
        <source>Everything, in brief</source>
        <translation>Todo, en resumen</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>{name} (you)</source>
        <translation>{name} (usted)</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>{kind} (no longer in the folder)</source>
        <translation>{kind} (ya no está en la carpeta)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Se agregó</translation>
    </message>
    <message>
        <source>Put in the trash</source>
        <translation>Se puso en la papelera</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Se borró para siempre</translation>
    </message>
    <message>
        <source>Brought back from the trash</source>
        <translation>Se recuperó de la papelera</translation>
    </message>
    <message>
        <source>Its pages were read by the app</source>
        <translation>La aplicación leyó sus páginas</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Se cambió</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Se cambió: {fields}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>the patient&apos;s name</source>
        <translation>el nombre del paciente</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>la fecha de nacimiento</translation>
    </message>
    <message>
        <source>the therapy</source>
        <translation>la terapia</translation>
    </message>
    <message>
        <source>what it treats</source>
        <translation>lo que trata</translation>
    </message>
    <message>
        <source>the allergies</source>
        <translation>las alergias</translation>
    </message>
    <message>
        <source>the prescriber</source>
        <translation>el médico que receta</translation>
    </message>
    <message>
        <source>the infusion provider</source>
        <translation>el proveedor de infusión en el hogar</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>how long it is planned for</source>
        <translation>cuánto tiempo está previsto</translation>
    </message>
    <message>
        <source>the planned end</source>
        <translation>el final previsto</translation>
    </message>
    <message>
        <source>the dosing schedule</source>
        <translation>el horario de las dosis</translation>
    </message>
    <message>
        <source>the access line</source>
        <translation>la vía de acceso</translation>
    </message>
    <message>
        <source>the nursing schedule</source>
        <translation>las visitas de enfermería</translation>
    </message>
    <message>
        <source>the next appointment</source>
        <translation>la próxima cita</translation>
    </message>
    <message>
        <source>who the next appointment is with</source>
        <translation>con quién es la próxima cita</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>las notas</translation>
    </message>
    <message>
        <source>the insurance company</source>
        <translation>la compañía de seguros</translation>
    </message>
    <message>
        <source>primary or secondary</source>
        <translation>principal o secundario</translation>
    </message>
    <message>
        <source>the kind of plan</source>
        <translation>el tipo de plan</translation>
    </message>
    <message>
        <source>the plan&apos;s name</source>
        <translation>el nombre del plan</translation>
    </message>
    <message>
        <source>the member ID</source>
        <translation>el número de miembro</translation>
    </message>
    <message>
        <source>the group number</source>
        <translation>el número de grupo</translation>
    </message>
    <message>
        <source>the member phone</source>
        <translation>el teléfono de servicios para miembros</translation>
    </message>
    <message>
        <source>the prior authorization phone</source>
        <translation>el teléfono de autorización previa</translation>
    </message>
    <message>
        <source>the prior authorization fax</source>
        <translation>el fax de autorización previa</translation>
    </message>
    <message>
        <source>the policyholder</source>
        <translation>el titular de la póliza</translation>
    </message>
    <message>
        <source>when the plan starts</source>
        <translation>cuándo empieza el plan</translation>
    </message>
    <message>
        <source>when the plan ends</source>
        <translation>cuándo termina el plan</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>el cargo</translation>
    </message>
    <message>
        <source>the organization</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>the phone</source>
        <translation>el teléfono</translation>
    </message>
    <message>
        <source>the fax</source>
        <translation>el fax</translation>
    </message>
    <message>
        <source>the email</source>
        <translation>el correo electrónico</translation>
    </message>
    <message>
        <source>the hours</source>
        <translation>el horario</translation>
    </message>
    <message>
        <source>what they need from us</source>
        <translation>lo que necesitan de nosotros</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>el tipo</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
    <message>
        <source>the status</source>
        <translation>el estado</translation>
    </message>
    <message>
        <source>who it is waiting on</source>
        <translation>a quién se está esperando</translation>
    </message>
    <message>
        <source>the decision date</source>
        <translation>la fecha de la decisión</translation>
    </message>
    <message>
        <source>the reference number</source>
        <translation>el número de referencia</translation>
    </message>
    <message>
        <source>the approved dates</source>
        <translation>las fechas aprobadas</translation>
    </message>
    <message>
        <source>the approved quantity</source>
        <translation>la cantidad aprobada</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the letter&apos;s date</source>
        <translation>la fecha de la carta</translation>
    </message>
    <message>
        <source>the day it came</source>
        <translation>el día en que llegó</translation>
    </message>
    <message>
        <source>who sent it</source>
        <translation>quién lo envió</translation>
    </message>
    <message>
        <source>the file name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message>
        <source>the words</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>the step it belongs to</source>
        <translation>el paso al que pertenece</translation>
    </message>
    <message>
        <source>when the call was</source>
        <translation>cuándo fue la llamada</translation>
    </message>
    <message>
        <source>who called whom</source>
        <translation>quién llamó a quién</translation>
    </message>
    <message>
        <source>the contact</source>
        <translation>el contacto</translation>
    </message>
    <message>
        <source>the person spoken to</source>
        <translation>la persona con quien se habló</translation>
    </message>
    <message>
        <source>what was said</source>
        <translation>lo que se dijo</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>el resultado</translation>
    </message>
    <message>
        <source>the follow-up date</source>
        <translation>la fecha de seguimiento</translation>
    </message>
    <message>
        <source>whether the follow-up is done</source>
        <translation>si el seguimiento está hecho</translation>
    </message>
    <message>
        <source>what was asked for</source>
        <translation>lo que pidieron</translation>
    </message>
    <message>
        <source>when it was asked for</source>
        <translation>cuándo lo pidieron</translation>
    </message>
    <message>
        <source>who asked for it</source>
        <translation>quién lo pidió</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la fecha límite</translation>
    </message>
    <message>
        <source>when it was sent</source>
        <translation>cuándo se envió</translation>
    </message>
    <message>
        <source>where it was sent</source>
        <translation>a dónde se envió</translation>
    </message>
    <message>
        <source>how it was sent</source>
        <translation>cómo se envió</translation>
    </message>
    <message>
        <source>the confirmation number</source>
        <translation>el número de confirmación</translation>
    </message>
    <message>
        <source>when it was confirmed</source>
        <translation>cuándo lo confirmaron</translation>
    </message>
    <message>
        <source>whom to ask</source>
        <translation>a quién preguntar</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>when it was answered</source>
        <translation>cuándo se respondió</translation>
    </message>
    <message>
        <source>the call that answered it</source>
        <translation>la llamada en la que se respondió</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>la solicitud</translation>
    </message>
    <message>
        <source>what the deadline is for</source>
        <translation>para qué es la fecha límite</translation>
    </message>
    <message>
        <source>where the date came from</source>
        <translation>de dónde viene la fecha</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>qué hay que hacer</translation>
    </message>
    <message>
        <source>what it concerns</source>
        <translation>a quién le concierne</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>la carta</translation>
    </message>
    <message>
        <source>the call</source>
        <translation>la llamada</translation>
    </message>
    <message>
        <source>whether it is done</source>
        <translation>si está hecho</translation>
    </message>
    <message>
        <source>how early renewals are shown</source>
        <translation>con cuánta anticipación se muestran las renovaciones</translation>
    </message>
    <message>
        <source>a page</source>
        <translation>una página</translation>
    </message>
</context>
<context>
    <name>BackupErrors</name>
    <message>
        <source>The backup needs about {needed}, and the place where the backups are kept has {free} free, so no backup was made. The folder was left as it was. Make room there, or choose another place for the backups.</source>
        <translation>La copia de seguridad necesita unos {needed}, y el lugar donde se guardan las copias de seguridad tiene {free} libres, así que no se hizo la copia. La carpeta quedó como estaba. Libere espacio allí o elija otro lugar para las copias de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be made because the folder was busy (another program kept it to itself). Nothing was changed. Wait a moment, then try again.</source>
        <translation>No se pudo hacer la copia de seguridad porque la carpeta estaba ocupada (otro programa la estaba usando). No se cambió nada. Espere un momento y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>BackupInfo</name>
    <message>
        <source>The backup file cannot be read ({error}).</source>
        <translation>No se puede leer el archivo de la copia de seguridad ({error}).</translation>
    </message>
    <message>
        <source>The backup file is damaged.</source>
        <translation>El archivo de la copia de seguridad está dañado.</translation>
    </message>
    <message numerus="yes">
        <source>%n documents are missing from the backup.</source>
        <translation>
            <numerusform>Falta %n documento en la copia de seguridad.</numerusform>
            <numerusform>Faltan %n documentos en la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n documents is missing from the backup.</source>
        <translation>
            <numerusform>Falta el texto de %n documento en la copia de seguridad.</numerusform>
            <numerusform>Falta el texto de %n documentos en la copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}  {reason}  DAMAGED: {problem}</source>
        <translation>{when}  {reason}  DAÑADA: {problem}</translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>{when}  {reason}  {records}, {documents}</source>
        <translation>{when}  {reason}  {records}, {documents}</translation>
    </message>
</context>
<context>
    <name>BackupPolicy</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>antes de restaurar</translation>
    </message>
    <message>
        <source>before emptying the trash</source>
        <translation>antes de vaciar la papelera</translation>
    </message>
    <message>
        <source>before upgrade from {revision}</source>
        <translation>antes de actualizar desde {revision}</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>antes de actualizar</translation>
    </message>
</context>
<context>
    <name>CallDirection</name>
    <message>
        <source>We called</source>
        <translation>Nosotros llamamos</translation>
    </message>
    <message>
        <source>They called</source>
        <translation>Ellos llamaron</translation>
    </message>
</context>
<context>
    <name>CallLog</name>
    <message>
        <source>Saved the call.</source>
        <translation>Se guardó la llamada.</translation>
    </message>
    <message>
        <source>Saved the call, and added {name} to People to call.</source>
        <translation>Se guardó la llamada, y se agregó a {name} a Contactos.</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anotar una llamada</translation>
    </message>
    <message>
        <source>Marked the follow-up as done.</source>
        <translation>El seguimiento se marcó como hecho.</translation>
    </message>
    <message>
        <source>The follow-up is to do again.</source>
        <translation>El seguimiento vuelve a estar pendiente.</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
</context>
<context>
    <name>CallQuestions</name>
    <message>
        <source>Type the organization to see the questions for them first.</source>
        <translation>Escriba la organización para ver primero las preguntas para ella.</translation>
    </message>
    <message>
        <source>No open question is marked for {name}.</source>
        <translation>No hay ninguna pregunta abierta marcada para {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions for {name}</source>
        <translation>
            <numerusform>%n pregunta para {name}</numerusform>
            <numerusform>%n preguntas para {name}</numerusform>
        </translation>
    </message>
    <message>
        <source>Other open questions ({count})</source>
        <translation>Otras preguntas abiertas ({count})</translation>
    </message>
    <message>
        <source>Open questions ({count})</source>
        <translation>Preguntas abiertas ({count})</translation>
    </message>
</context>
<context>
    <name>CallSheet</name>
    <message>
        <source>Member ID</source>
        <translation>Número de identificación de miembro</translation>
    </message>
    <message>
        <source>not written down yet</source>
        <translation>todavía no está anotado</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Policyholder</source>
        <translation>Titular de la póliza</translation>
    </message>
    <message>
        <source>asked on {day}</source>
        <translation>pedido el {day}</translation>
    </message>
    <message>
        <source>due by {day} ({when})</source>
        <translation>vence el {day} ({when})</translation>
    </message>
    <message>
        <source>no date written down</source>
        <translation>no hay ninguna fecha anotada</translation>
    </message>
    <message>
        <source>sent on {day} ({ago})</source>
        <translation>enviado el {day} ({ago})</translation>
    </message>
    <message>
        <source>by {method}</source>
        <translation>por {method}</translation>
    </message>
    <message>
        <source>to {whom}</source>
        <translation>a {whom}</translation>
    </message>
    <message>
        <source>{sent}; not confirmed yet</source>
        <translation>{sent}; todavía sin confirmar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Wrote a demo folder to {path}</source>
        <translation>Se escribió una carpeta de demostración en {path}</translation>
    </message>
    <message>
        <source>Checked {path}</source>
        <translation>Se revisó {path}</translation>
    </message>
    <message>
        <source>Everything is in order: the file is sound and every document matches its fingerprint.</source>
        <translation>Todo está en orden: el archivo está sano y cada documento coincide con su huella digital.</translation>
    </message>
    <message>
        <source>Rebuild the search index with: infusion-desk check &quot;{path}&quot; --rebuild-index</source>
        <translation>Reconstruya el índice de búsqueda con: infusion-desk check &quot;{path}&quot; --rebuild-index</translation>
    </message>
    <message>
        <source>This folder has problems. Do not delete your backups.</source>
        <translation>Esta carpeta tiene problemas. No borre sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>No se encontró nada para “{text}”.</translation>
    </message>
    <message>
        <source> (page {page})</source>
        <translation> (página {page})</translation>
    </message>
    <message>
        <source>{label} #{record_id}{where}: {title}</source>
        <translation>{label} n.º {record_id}{where}: {title}</translation>
    </message>
    <message>
        <source>check a folder file and every stored document</source>
        <translation>revisar un archivo de carpeta y cada documento guardado</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check of every table and index (the search index&apos;s too), check the search index against the records, verify every stored document against its fingerprint (SHA-256) and count the records. Exits 1 if anything is wrong.</source>
        <translation>Ejecuta la revisión de integridad de SQLite en cada tabla e índice (también el índice de búsqueda), compara el índice de búsqueda con los registros, verifica cada documento guardado con su huella digital (SHA-256) y cuenta los registros. Termina con 1 si algo está mal.</translation>
    </message>
    <message>
        <source>first make the search index again from the records (when the check says it is damaged; the records are not changed)</source>
        <translation>primero vuelve a crear el índice de búsqueda a partir de los registros (cuando la revisión dice que está dañado; los registros no cambian)</translation>
    </message>
    <message>
        <source>{APP_NAME} keeps the insurance paperwork for home infusion therapy in one folder file ({FILE_SUFFIX}). Run it with no command, or with a folder file, to open the window. The commands below run without a window.</source>
        <translation>{APP_NAME} guarda los papeles del seguro para la terapia de infusión en el hogar en un solo archivo de carpeta ({FILE_SUFFIX}). Ejecútelo sin comando, o con un archivo de carpeta, para abrir la ventana. Los comandos de abajo funcionan sin ventana.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>open the window on the demo folder (written the first time)</source>
        <translation>abrir la ventana con la carpeta de demostración (se escribe la primera vez)</translation>
    </message>
    <message>
        <source>check that this installation works (uses only temporary files, shows the window briefly) and exit</source>
        <translation>comprobar que esta instalación funciona (usa solo archivos temporales y muestra la ventana un momento) y salir</translation>
    </message>
    <message>
        <source>write a demo folder for an invented patient</source>
        <translation>escribir una carpeta de demostración para un paciente inventado</translation>
    </message>
    <message>
        <source>Write a realistic demo folder for an invented patient.</source>
        <translation>Escribe una carpeta de demostración realista para un paciente inventado.</translation>
    </message>
    <message>
        <source>the folder file, or a shared folder&apos;s server address</source>
        <translation>el archivo de la carpeta, o la dirección del servidor de una carpeta compartida</translation>
    </message>
    <message>
        <source>where to write the new folder file, or a server address</source>
        <translation>dónde escribir el nuevo archivo de carpeta, o una dirección de servidor</translation>
    </message>
    <message>
        <source>replace an existing Infusion Desk folder file at PATH</source>
        <translation>reemplazar un archivo de carpeta de Infusion Desk que ya existe en PATH</translation>
    </message>
    <message>
        <source>find words in every record and document</source>
        <translation>buscar palabras en cada registro y documento</translation>
    </message>
    <message>
        <source>Search every record and the text of every document.</source>
        <translation>Busca en cada registro y en el texto de cada documento.</translation>
    </message>
    <message>
        <source>what to look for</source>
        <translation>qué buscar</translation>
    </message>
    <message>
        <source>show at most this many hits</source>
        <translation>mostrar como máximo esta cantidad de resultados</translation>
    </message>
    <message>
        <source>add files to a folder</source>
        <translation>agregar archivos a una carpeta</translation>
    </message>
    <message>
        <source>Add documents (letters, scans, photos, emails, any file) to a folder. One line per file, printed as soon as that file is stored, says whether it was imported, was already there, or was refused and why. A ZIP archive is kept as one file. Exits 0 only if every file went in.</source>
        <translation>Agrega documentos (cartas, escaneos, fotos, correos electrónicos, cualquier archivo) a una carpeta. Una línea por archivo, que aparece en cuanto se guarda ese archivo, dice si se importó, si ya estaba o si se rechazó y por qué. Un archivo ZIP se guarda como un solo archivo. Termina con 0 solo si entraron todos los archivos.</translation>
    </message>
    <message>
        <source>files or folders of files to add</source>
        <translation>archivos o carpetas de archivos para agregar</translation>
    </message>
    <message>
        <source>make a backup snapshot of a folder now</source>
        <translation>hacer ahora una copia de seguridad de una carpeta</translation>
    </message>
    <message>
        <source>Take a snapshot of a folder file (open or not) into its backups: the directory &quot;NAME Backups&quot; beside the folder file, or in the place given with --backups. Each document&apos;s bytes are kept there once, however many snapshots refer to them. Old snapshots are thinned out as usual.</source>
        <translation>Guarda una copia del archivo de carpeta (abierto o no) en sus copias de seguridad: el directorio &quot;NAME Backups&quot; junto al archivo de carpeta, o el lugar indicado con --backups. Los bytes de cada documento se guardan allí una sola vez, sin importar cuántas copias los usen. Las copias antiguas se van reduciendo como de costumbre.</translation>
    </message>
    <message>
        <source>the folder file (a shared folder&apos;s backups are the server&apos;s job)</source>
        <translation>el archivo de la carpeta (las copias de seguridad de una carpeta compartida se hacen en el servidor)</translation>
    </message>
    <message>
        <source>the place that holds the backups (default: beside the folder file)</source>
        <translation>el lugar que guarda las copias de seguridad (de forma predeterminada: junto al archivo de carpeta)</translation>
    </message>
    <message>
        <source>list a folder&apos;s backups, or put one back</source>
        <translation>ver las copias de seguridad de una carpeta o restaurar una</translation>
    </message>
    <message>
        <source>With --list, show a folder&apos;s backups, newest first, numbered. With --from N, rebuild the folder file from backup number N, checking every document; what the file held before is first kept as a backup of its own (or, if it is damaged, moved aside). The folder must not be open. Backups are never deleted.</source>
        <translation>Con --list, muestra las copias de seguridad de una carpeta, numeradas, la más reciente primero. Con --from N, reconstruye el archivo de carpeta a partir de la copia número N, revisando cada documento; lo que tenía el archivo antes se guarda primero como una copia de seguridad propia (o, si está dañado, se aparta). La carpeta no debe estar abierta. Las copias de seguridad nunca se borran.</translation>
    </message>
    <message>
        <source>the folder file (a shared folder is put back by its server)</source>
        <translation>el archivo de la carpeta (una carpeta compartida se restaura desde su servidor)</translation>
    </message>
    <message>
        <source>list the backups</source>
        <translation>ver las copias de seguridad</translation>
    </message>
    <message>
        <source>restore backup number N of the list (1 is the newest)</source>
        <translation>restaurar la copia número N de la lista (1 es la más reciente)</translation>
    </message>
    <message>
        <source>write the restored folder to a new file instead of PATH</source>
        <translation>escribir la carpeta restaurada en un archivo nuevo en lugar de PATH</translation>
    </message>
    <message>
        <source>restore even if some documents&apos; files are missing from the backup</source>
        <translation>restaurar aunque falten archivos de algunos documentos en la copia de seguridad</translation>
    </message>
    <message>
        <source>save a picture of every tab</source>
        <translation>guardar una imagen de cada pestaña</translation>
    </message>
    <message>
        <source>Render each tab of a folder (the demo folder by default) to PNG, at normal and 150 %% text size, without showing a window.</source>
        <translation>Dibuja cada pestaña de una carpeta (de forma predeterminada, la de demostración) en PNG, con el texto a tamaño normal y al 150 %%, sin mostrar una ventana.</translation>
    </message>
    <message>
        <source>where to save the pictures</source>
        <translation>dónde guardar las imágenes</translation>
    </message>
    <message>
        <source>the folder to show (default: demo)</source>
        <translation>la carpeta que se muestra (de forma predeterminada: demostración)</translation>
    </message>
    <message>
        <source>Backed up {name} to {path}</source>
        <translation>Se hizo una copia de seguridad de {name} en {path}</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {root}.</source>
        <translation>No hay copias de seguridad de {name} en {root}.</translation>
    </message>
    <message>
        <source>Backups of {name} in {root} (newest first):</source>
        <translation>Copias de seguridad de {name} en {root} (la más reciente primero):</translation>
    </message>
    <message>
        <source>There is no backup number {number}: run with --list to see them ({backups} found).</source>
        <translation>No existe la copia de seguridad número {number}: use --list para verlas (se encontraron {backups}).</translation>
    </message>
    <message>
        <source>Restored {target} from the backup of {chosen} ({reason}).</source>
        <translation>Se restauró {target} a partir de la copia de seguridad del {chosen} ({reason}).</translation>
    </message>
    <message>
        <source>What was there before is kept as the backup of {before} ({reason}).</source>
        <translation>Lo que había antes se guarda como la copia de seguridad del {before} ({reason}).</translation>
    </message>
    <message>
        <source>The damaged file that was there was moved to {set_aside}.</source>
        <translation>El archivo dañado que estaba allí se movió a {set_aside}.</translation>
    </message>
    <message>
        <source>  Document missing from the backup (restored without its file): {title}</source>
        <translation>  Documento que falta en la copia de seguridad (restaurado sin su archivo): {title}</translation>
    </message>
    <message>
        <source>Wrote the one-page summary ({value}) to {output}</source>
        <translation>Se escribió el resumen de una página ({value}) en {output}</translation>
    </message>
    <message>
        <source>Wrote the folder packet to {output}</source>
        <translation>Se escribió el paquete de la carpeta en {output}</translation>
    </message>
    <message>
        <source>write the one-page summary for a meeting (PDF)</source>
        <translation>escribir el resumen de una página para una reunión (PDF)</translation>
    </message>
    <message>
        <source>Write the one-page summary to bring to a meeting: the patient and therapy essentials and the plan IDs, then what that meeting needs first (its open questions, what that party is waiting on or owes, reference and authorization numbers, approvals ending), then the rest in brief. Always exactly one page.</source>
        <translation>Escribe el resumen de una página para llevar a una reunión: lo esencial del paciente y de la terapia y los números de identificación de los planes, luego lo que esa reunión necesita primero (sus preguntas abiertas, lo que esa parte espera o debe, números de referencia y de autorización, aprobaciones que terminan), y luego el resto en breve. Siempre exactamente una página.</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se escribe</translation>
    </message>
    <message>
        <source>who the page is for: a visit with the doctor, a call with the insurance plan, the home infusion pharmacy, or everything in brief (default: all)</source>
        <translation>para quién es la página: una visita con el médico, una llamada con el plan de seguro, la farmacia de terapia de infusión en el hogar, o todo en resumen (de forma predeterminada: all)</translation>
    </message>
    <message>
        <source>with --for doctor, the doctor or office (a contact&apos;s name); with --for plan, the plan (its company&apos;s name); default: the prescriber, every plan</source>
        <translation>con --for doctor, el médico o el consultorio (el nombre de un contacto); con --for plan, el plan (el nombre de su compañía); de forma predeterminada: el médico que receta y todos los planes</translation>
    </message>
    <message>
        <source>paper size (default: letter)</source>
        <translation>tamaño del papel (de forma predeterminada: letter)</translation>
    </message>
    <message>
        <source>write the full folder packet (PDF)</source>
        <translation>escribir el paquete completo de la carpeta (PDF)</translation>
    </message>
    <message>
        <source>Write every record of the folder as a multi-page PDF with a cover, page numbers and bookmarks; with --with-documents, every stored document too.</source>
        <translation>Escribe cada registro de la carpeta como un PDF de varias páginas con portada, números de página y marcadores; con --with-documents, también cada documento guardado.</translation>
    </message>
    <message>
        <source>append every stored document (letters, scans, photos)</source>
        <translation>agregar al final cada documento guardado (cartas, escaneos, fotos)</translation>
    </message>
    <message>
        <source>No deadlines to do in {name}.</source>
        <translation>No hay fechas límite pendientes en {name}.</translation>
    </message>
    <message>
        <source>No deadlines in {name} yet.</source>
        <translation>Todavía no hay fechas límite en {name}.</translation>
    </message>
    <message>
        <source>Deadlines in {name} ({to_do} to do), soonest first:</source>
        <translation>Fechas límite en {name} ({to_do} pendientes), la más próxima primero:</translation>
    </message>
    <message>
        <source>list a folder&apos;s deadlines; write them for a calendar (.ics)</source>
        <translation>ver las fechas límite de una carpeta; escribirlas para un calendario (.ics)</translation>
    </message>
    <message>
        <source>List the deadlines still to do (appeal windows, approvals to renew, promised call-backs, her own), soonest first, each with where its date came from; a date worked out from the appeal rules comes with its source. With --ics, also write every deadline to a calendar file that Google, Apple and Outlook calendars import (importing it again updates the same events). The folder is not changed.</source>
        <translation>Muestra las fechas límite pendientes (plazos de apelación, aprobaciones por renovar, llamadas prometidas, las suyas), la más próxima primero, cada una con el origen de su fecha; una fecha calculada con las reglas de apelación viene con su fuente. Con --ics, también escribe cada fecha límite en un archivo de calendario que importan los calendarios de Google, Apple y Outlook (importarlo otra vez actualiza los mismos eventos). La carpeta no cambia.</translation>
    </message>
    <message>
        <source>also write the calendar file (.ics added when missing)</source>
        <translation>también escribir el archivo de calendario (se agrega .ics si falta)</translation>
    </message>
    <message>
        <source>list the deadlines already done too</source>
        <translation>ver también las fechas límite ya cumplidas</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar la versión del programa y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite junto con el argumento %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se necesita uno de estos argumentos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor de tipo %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the shared folder</source>
        <translation>la carpeta compartida</translation>
    </message>
    <message>
        <source>No password for {user} on {host}: keep it in this computer&apos;s keyring (Open shared folder… in the window, with “Remember on this computer”), or give it in the INFUSION_DESK_PASSWORD setting of the command line.</source>
        <translation>No hay contraseña para {user} en {host}: guárdela en el guardián de contraseñas de esta computadora (Abrir una carpeta compartida… en la ventana, con “Recordar mi contraseña en esta computadora”), o indíquela en el ajuste INFUSION_DESK_PASSWORD de la línea de comandos.</translation>
    </message>
    <message>
        <source>Password for {user} on {host}: </source>
        <translation>Contraseña de {user} en {host}: </translation>
    </message>
    <message>
        <source>Give the database&apos;s address as postgresql://OWNER@SERVER/DATABASE.</source>
        <translation>Indique la dirección de la base de datos así: postgresql://OWNER@SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>Password of {user} on {host}: </source>
        <translation>Contraseña de {user} en {host}: </translation>
    </message>
    <message>
        <source>Give {name}&apos;s new password in the INFUSION_DESK_NEW_PASSWORD setting, or run this in a terminal to be asked for it.</source>
        <translation>Indique la nueva contraseña de {name} en el ajuste INFUSION_DESK_NEW_PASSWORD, o ejecute esto en una terminal para que se le pida.</translation>
    </message>
    <message>
        <source>New password for {name}: </source>
        <translation>Nueva contraseña de {name}: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>La misma contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passwords were not the same. Nothing was changed.</source>
        <translation>Las dos contraseñas no eran iguales. No se cambió nada.</translation>
    </message>
    <message>
        <source>The database {database} on {host} is ready for shared folders. Add each person who signs in with: infusion-desk server add-person</source>
        <translation>La base de datos {database} de {host} está lista para carpetas compartidas. Para agregar a cada persona que va a entrar, use: infusion-desk server add-person</translation>
    </message>
    <message>
        <source>The database {database} on {host} is ready for shared folders (it was set up before; brought up to date if it had to be).</source>
        <translation>La base de datos {database} de {host} está lista para carpetas compartidas (ya estaba preparada; se actualizó si hacía falta).</translation>
    </message>
    <message>
        <source>{name} may now sign in to {database} on {host}. She sees only the folders she makes or is given (infusion-desk server give).</source>
        <translation>{name} ya puede entrar en {database} de {host}. Solo ve las carpetas que crea o a las que se le da acceso (infusion-desk server give).</translation>
    </message>
    <message>
        <source>{name} may now open the folder {folder}.</source>
        <translation>{name} ya puede abrir la carpeta {folder}.</translation>
    </message>
    <message>
        <source>the database, as its owner signs in: postgresql://OWNER@SERVER/DATABASE</source>
        <translation>la base de datos, tal como entra su propietario: postgresql://OWNER@SERVER/DATABASE</translation>
    </message>
    <message>
        <source>set up a PostgreSQL database for shared folders (its owner&apos;s jobs)</source>
        <translation>preparar una base de datos PostgreSQL para carpetas compartidas (tareas de su propietario)</translation>
    </message>
    <message>
        <source>The jobs of whoever looks after the care team&apos;s PostgreSQL server, signed in as the database&apos;s owner: set the database up for shared folders, add a person who signs in, give a person a folder. Each person sees only the folders she made or was given. The owner&apos;s password is read as psql reads it (PGPASSWORD, the .pgpass file) or asked for.</source>
        <translation>Las tareas de quien se encarga del servidor PostgreSQL del equipo de cuidado, que entra como propietario de la base de datos: preparar la base de datos para carpetas compartidas, agregar a una persona que puede entrar, darle una carpeta a una persona. Cada persona ve solo las carpetas que creó o a las que se le dio acceso. La contraseña del propietario se lee como la lee psql (PGPASSWORD, el archivo .pgpass) o se pide.</translation>
    </message>
    <message>
        <source>make the database ready for shared folders (again: bring it up to date)</source>
        <translation>preparar la base de datos para carpetas compartidas (si se ejecuta otra vez, la actualiza)</translation>
    </message>
    <message>
        <source>Make the tables, the team&apos;s role and the rules of who sees what in the database. Run again after updating the app: it brings the database up to date and changes nothing else.</source>
        <translation>Crea en la base de datos las tablas, el rol del equipo y las reglas de quién ve qué. Ejecútelo otra vez después de actualizar la aplicación: pone al día la base de datos y no cambia nada más.</translation>
    </message>
    <message>
        <source>add a person who signs in</source>
        <translation>agregar a una persona que puede entrar</translation>
    </message>
    <message>
        <source>Add a person of the care team, who signs in with her own name and password (asked for twice, or given in INFUSION_DESK_NEW_PASSWORD). The server keeps only a fingerprint of it.</source>
        <translation>Agrega a una persona del equipo de cuidado, que entra con su propio nombre y su propia contraseña (se pide dos veces, o se indica en INFUSION_DESK_NEW_PASSWORD). El servidor guarda solo una huella digital de la contraseña.</translation>
    </message>
    <message>
        <source>her name on the server (what she types to sign in)</source>
        <translation>su nombre en el servidor (lo que escribe para entrar)</translation>
    </message>
    <message>
        <source>let a person open a folder</source>
        <translation>permitir que una persona abra una carpeta</translation>
    </message>
    <message>
        <source>Let a person open a folder that is on the server (she sees it the next time she opens it).</source>
        <translation>Permite que una persona abra una carpeta que está en el servidor (la verá la próxima vez que la abra).</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>el nombre de la carpeta</translation>
    </message>
    <message>
        <source>the person&apos;s name on the server</source>
        <translation>el nombre de la persona en el servidor</translation>
    </message>
    <message>
        <source>Copying {source} to {target}…</source>
        <translation>Copiando {source} a {target}…</translation>
    </message>
    <message>
        <source>Copied {source} to {target}.</source>
        <translation>Se copió {source} a {target}.</translation>
    </message>
    <message>
        <source>Wrote a demo folder to {address}</source>
        <translation>Se escribió una carpeta de demostración en {address}</translation>
    </message>
    <message>
        <source>No backup was made: {folder} is a shared folder, kept on the server {host}, and backups of a shared folder are the server&apos;s job, not this computer&apos;s.</source>
        <translation>No se hizo ninguna copia de seguridad: {folder} es una carpeta compartida, guardada en el servidor {host}, y las copias de seguridad de una carpeta compartida se hacen en el servidor, no en esta computadora.</translation>
    </message>
    <message>
        <source>Whoever looks after the server backs up its whole database (every folder in it) as the database&apos;s owner, for example each night with:</source>
        <translation>Quien se encarga del servidor hace copias de seguridad de toda su base de datos (con todas sus carpetas) como propietario de la base de datos, por ejemplo cada noche con:</translation>
    </message>
    <message>
        <source>To keep a copy of this folder on this computer too, run: infusion-desk copy &quot;{address}&quot; NEWFILE</source>
        <translation>Para tener también una copia de esta carpeta en esta computadora, ejecute: infusion-desk copy &quot;{address}&quot; NEWFILE</translation>
    </message>
    <message>
        <source>copy a whole folder: a folder file to a server, or back</source>
        <translation>copiar una carpeta completa: de un archivo de carpeta a un servidor, o al revés</translation>
    </message>
    <message>
        <source>Copy every record (those in the trash too), every document and its pages, the links and the deadlines of a folder into a new one: from a folder file to a folder on a server (postgresql://NAME@SERVER/DATABASE?folder=FOLDER), or from a server to a new folder file. The folder copied is not changed; the new one must not hold anything yet. Afterwards both are counted and every document&apos;s fingerprint compared; exits 1 if they differ.</source>
        <translation>Copia cada registro (también los de la papelera), cada documento con sus páginas, los vínculos y las fechas límite de una carpeta a una carpeta nueva: de un archivo de carpeta a una carpeta en un servidor (postgresql://NAME@SERVER/DATABASE?folder=FOLDER), o de un servidor a un archivo de carpeta nuevo. La carpeta que se copia no cambia; la nueva todavía no debe tener nada. Después se cuentan las dos y se compara la huella digital de cada documento; termina con 1 si no coinciden.</translation>
    </message>
    <message>
        <source>the folder to copy: a folder file or a server address</source>
        <translation>la carpeta que se copia: un archivo de carpeta o una dirección de servidor</translation>
    </message>
    <message>
        <source>the new folder: a folder file that does not exist yet, or a server address</source>
        <translation>la carpeta nueva: un archivo de carpeta que todavía no existe, o una dirección de servidor</translation>
    </message>
</context>
<context>
    <name>CopyErrors</name>
    <message>
        <source>{where} already holds records, so nothing was copied into it (a copy never mixes two folders). Give the name of a new folder instead.</source>
        <translation>{where} ya tiene registros, así que no se copió nada ahí (una copia nunca mezcla dos carpetas). Indique en su lugar el nombre de una carpeta nueva.</translation>
    </message>
    <message>
        <source>The copy was stopped, so nothing was copied. The folder itself was not changed.</source>
        <translation>Se detuvo la copia, así que no se copió nada. La carpeta original no cambió.</translation>
    </message>
</context>
<context>
    <name>CopyWords</name>
    <message>
        <source>{live} (and {trashed} in the trash)</source>
        <translation>{live} (y {trashed} en la papelera)</translation>
    </message>
    <message>
        <source>Everything arrived: the copy holds the same number of each kind of record (in the trash too), and each of its {documents} documents has the same fingerprint, its bytes read back and checked.</source>
        <translation>Llegó todo: la copia tiene la misma cantidad de cada tipo de registro (también en la papelera), y cada uno de sus {documents} documentos tiene la misma huella digital; sus bytes se volvieron a leer y se revisaron.</translation>
    </message>
    <message>
        <source>The copy is not the same as the folder. Keep using the folder, and do not delete it.</source>
        <translation>La copia no es igual a la carpeta. Siga usando la carpeta y no la borre.</translation>
    </message>
    <message>
        <source>{kind}: {source} in the folder, {copy} in the copy.</source>
        <translation>{kind}: {source} en la carpeta, {copy} en la copia.</translation>
    </message>
    <message>
        <source>Document “{title}” is not the same in the copy.</source>
        <translation>El documento “{title}” no es igual en la copia.</translation>
    </message>
    <message>
        <source>Document “{title}” was already damaged in the folder (its bytes do not match its fingerprint); it was copied as it is.</source>
        <translation>El documento “{title}” ya estaba dañado en la carpeta (sus bytes no coinciden con su huella digital); se copió tal como está.</translation>
    </message>
    <message>
        <source>The server gave the records new numbers (other folders there use the old ones); every link between them was kept.</source>
        <translation>El servidor les dio números nuevos a los registros (otras carpetas de ese servidor usan los anteriores); se conservaron todos los vínculos entre ellos.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{to_ask} to ask, {answered} answered</source>
        <translation>{to_ask} sin respuesta, {answered} con respuesta</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Benefits verification: the plan confirms what it covers and what you may pay.</source>
        <translation>Verificación de beneficios: el plan confirma lo que cubre y lo que usted podría pagar.</translation>
    </message>
    <message>
        <source>Prior authorization: the plan must approve the therapy before it pays for it.</source>
        <translation>Autorización previa: el plan debe aprobar la terapia antes de pagarla.</translation>
    </message>
    <message>
        <source>Provider coordination: the doctor, the pharmacy and the nurses line up orders, supplies and visits.</source>
        <translation>Coordinación con los proveedores: el médico, la farmacia y las enfermeras organizan las órdenes, los suministros y las visitas.</translation>
    </message>
    <message>
        <source>Reauthorization: asking the plan to approve more therapy when an approval runs out.</source>
        <translation>Renovación de la autorización: pedir al plan que apruebe más terapia cuando termina una aprobación.</translation>
    </message>
    <message>
        <source>Appeal: asking the plan to look again at a decision you disagree with.</source>
        <translation>Apelación: pedir al plan que revise de nuevo una decisión con la que usted no está de acuerdo.</translation>
    </message>
    <message>
        <source>A step of your own that the coverage depends on.</source>
        <translation>Un paso propio del que depende la cobertura.</translation>
    </message>
    <message>
        <source>A kind of step written by a newer version of Infusion Desk.</source>
        <translation>Un tipo de paso escrito por una versión más nueva de Infusion Desk.</translation>
    </message>
    <message>
        <source>Checking what the plan covers</source>
        <translation>Verificar lo que cubre el plan</translation>
    </message>
    <message>
        <source>Plan approval before treatment</source>
        <translation>Aprobación del plan antes del tratamiento</translation>
    </message>
    <message>
        <source>Doctor&apos;s office paperwork</source>
        <translation>Papeles del consultorio del médico</translation>
    </message>
    <message>
        <source>Renewing the approval</source>
        <translation>Renovar la aprobación</translation>
    </message>
    <message>
        <source>Asking the plan to change a decision</source>
        <translation>Pedir al plan que cambie una decisión</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Esperando</translation>
    </message>
    <message>
        <source>From {day}</source>
        <translation>Desde el {day}</translation>
    </message>
    <message>
        <source>Until {day} ({ending})</source>
        <translation>Hasta el {day} ({ending})</translation>
    </message>
    <message>
        <source>{month} {day}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <source>{first} – {last} ({ending})</source>
        <translation>{first} – {last} ({ending})</translation>
    </message>
    <message>
        <source>The approval ends before it starts. Check the two dates.</source>
        <translation>La aprobación termina antes de empezar. Revise las dos fechas.</translation>
    </message>
    <message>
        <source>{step}, {status}</source>
        <translation>{step}, {status}</translation>
    </message>
    <message>
        <source>(current step)</source>
        <translation>(paso actual)</translation>
    </message>
    <message>
        <source>waiting on {who}</source>
        <translation>esperando a {who}</translation>
    </message>
    <message>
        <source>approved {period}</source>
        <translation>aprobado {period}</translation>
    </message>
    <message>
        <source>No coverage steps yet.</source>
        <translation>Todavía no hay pasos de cobertura.</translation>
    </message>
    <message>
        <source>Coverage steps, {count} in all.</source>
        <translation>Pasos de cobertura, {count} en total.</translation>
    </message>
    <message>
        <source>Step {number}: {sentence}.</source>
        <translation>Paso {number}: {sentence}.</translation>
    </message>
    <message>
        <source>All steps are done.</source>
        <translation>Todos los pasos están hechos.</translation>
    </message>
    <message>
        <source>Also open: {sentence}.</source>
        <translation>También abierto: {sentence}.</translation>
    </message>
</context>
<context>
    <name>DateSource</name>
    <message>
        <source>The letter says so</source>
        <translation>La carta lo dice</translation>
    </message>
    <message>
        <source>Worked out from the rules</source>
        <translation>Calculada con las reglas</translation>
    </message>
    <message>
        <source>Typed by you</source>
        <translation>Escrita por usted</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>ene.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>abr.</translation>
    </message>
    <message>
        <source>May</source>
        <comment>short month</comment>
        <translation>may.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ago.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dic.</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>full month</comment>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>{hour}:{minute} AM</source>
        <translation>{hour}:{minute} a. m.</translation>
    </message>
    <message>
        <source>{hour}:{minute} PM</source>
        <translation>{hour}:{minute} p. m.</translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}, {year}</source>
        <translation>{weekday}, {day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{month} {day}, {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
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
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n día de atraso</numerusform>
            <numerusform>%n días de atraso</numerusform>
        </translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>termina hoy</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n days</source>
        <translation>
            <numerusform>termina en %n día</numerusform>
            <numerusform>termina en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ended %n days ago</source>
        <translation>
            <numerusform>terminó hace %n día</numerusform>
            <numerusform>terminó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>“{text}” is not a date on the calendar.</source>
        <translation>“{text}” no es una fecha del calendario.</translation>
    </message>
    <message>
        <source>“{text}” is not a date this field understands. Try 11/3/2026 or Nov 3, 2026.</source>
        <translation>“{text}” no es una fecha que este campo entienda. Pruebe 11/3/2026 o 3 de nov. de 2026.</translation>
    </message>
    <message>
        <source>{weekday} {month} {day}</source>
        <translation>{weekday} {day} {month}</translation>
    </message>
    <message>
        <source>{weekday} {month} {day}, {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}</source>
        <translation>{weekday}, {day} de {month}</translation>
    </message>
</context>
<context>
    <name>DeadlineExport</name>
    <message numerus="yes">
        <source>Wrote %n deadlines ({open} still to do) to {file}.</source>
        <translation>
            <numerusform>Se escribió %n fecha límite ({open} pendientes) en {file}.</numerusform>
            <numerusform>Se escribieron %n fechas límite ({open} pendientes) en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import it into your calendar; importing it again updates the same events.</source>
        <translation>Impórtelo en su calendario; si lo importa otra vez, se actualizan los mismos eventos.</translation>
    </message>
</context>
<context>
    <name>DeadlineKeeping</name>
    <message>
        <source>Say in a few words what the deadline is for, so it can be added.</source>
        <translation>Diga en pocas palabras para qué es la fecha límite, para poder agregarla.</translation>
    </message>
    <message>
        <source>Added the deadline “{title}”, {due_on}.</source>
        <translation>Se agregó la fecha límite “{title}”, {due_on}.</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Agregar una fecha límite</translation>
    </message>
    <message>
        <source>A deadline needs a few words saying what it is for, so it was not saved.</source>
        <translation>Una fecha límite necesita unas palabras que digan para qué es, así que no se guardó.</translation>
    </message>
    <message>
        <source>The deadline was already saved like this.</source>
        <translation>La fecha límite ya estaba guardada así.</translation>
    </message>
    <message>
        <source>Saved the deadline.</source>
        <translation>Se guardó la fecha límite.</translation>
    </message>
    <message>
        <source>Edit a deadline</source>
        <translation>Cambiar una fecha límite</translation>
    </message>
    <message>
        <source>Marked the deadline as done.</source>
        <translation>La fecha límite se marcó como cumplida.</translation>
    </message>
    <message>
        <source>The deadline is to do again.</source>
        <translation>La fecha límite vuelve a estar pendiente.</translation>
    </message>
    <message>
        <source>Deadline done</source>
        <translation>Fecha límite cumplida</translation>
    </message>
    <message>
        <source>Deadline to do again</source>
        <translation>Fecha límite pendiente otra vez</translation>
    </message>
    <message>
        <source>Moved the deadline to the trash.</source>
        <translation>La fecha límite se movió a la papelera.</translation>
    </message>
    <message>
        <source>Remove a deadline</source>
        <translation>Quitar una fecha límite</translation>
    </message>
    <message>
        <source>Give a number of days from 0 to {MAX_LEAD_DAYS}.</source>
        <translation>Escriba un número de días entre 0 y {MAX_LEAD_DAYS}.</translation>
    </message>
    <message>
        <source>Renewals were already due {days} days before an approval ends.</source>
        <translation>Las renovaciones ya vencían {days} días antes de que termine una aprobación.</translation>
    </message>
    <message>
        <source>Renewals are now due {days} days before an approval ends.</source>
        <translation>Ahora las renovaciones vencen {days} días antes de que termine una aprobación.</translation>
    </message>
    <message>
        <source>Change the renewal lead time</source>
        <translation>Cambiar la anticipación de las renovaciones</translation>
    </message>
    <message>
        <source>Propose the appeal deadline</source>
        <translation>Proponer la fecha límite de apelación</translation>
    </message>
    <message>
        <source>Propose the renewal deadline</source>
        <translation>Proponer la fecha límite de renovación</translation>
    </message>
    <message>
        <source>Propose the follow-up deadline</source>
        <translation>Proponer la fecha límite de seguimiento</translation>
    </message>
    <message>
        <source>Added a deadline</source>
        <translation>Se agregó una fecha límite</translation>
    </message>
    <message>
        <source>Moved the deadline</source>
        <translation>Se movió la fecha límite</translation>
    </message>
    <message>
        <source>{verb}: {what} by {due_on} ({value}).</source>
        <translation>{verb}: {what}, antes del {due_on} ({value}).</translation>
    </message>
    <message>
        <source>This letter starts no appeal clock the app knows of.</source>
        <translation>Esta carta no inicia ningún plazo de apelación que la aplicación conozca.</translation>
    </message>
</context>
<context>
    <name>DeadlineProposals</name>
    <message>
        <source>Call-back promised by {who}</source>
        <translation>Llamada prometida por {who}</translation>
    </message>
    <message>
        <source>Call-back promised</source>
        <translation>Llamada prometida</translation>
    </message>
</context>
<context>
    <name>DeadlinePurpose</name>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Renew the approval</source>
        <translation>Renovar la aprobación</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message>
        <source>Appeal by</source>
        <translation>Apelar antes del</translation>
    </message>
    <message>
        <source>Renew by</source>
        <translation>Renovar antes del</translation>
    </message>
    <message>
        <source>Hear back by</source>
        <translation>Esperar respuesta antes del</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>{by} {day}</source>
        <translation>{by} {day}</translation>
    </message>
    <message>
        <source>worked out from the rules ({rule})</source>
        <translation>calculada con las reglas ({rule})</translation>
    </message>
    <message>
        <source>worked out from the approval&apos;s end date</source>
        <translation>calculada a partir de la fecha en que termina la aprobación</translation>
    </message>
    <message>
        <source>The rule: {counted}. Source: {source}, {url}. {first}</source>
        <translation>La regla: {counted}. Fuente: {source}, {url}. {first}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>{by} — {when}: {what}</source>
        <translation>{by} — {when}: {what}</translation>
    </message>
    <message>
        <source>{by} — {when}</source>
        <translation>{by} — {when}</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>Send the appeal so that it arrives by this date.</source>
        <translation>Envíe la apelación para que llegue antes de esta fecha.</translation>
    </message>
    <message>
        <source>Ask the doctor&apos;s office to send the renewal request to the plan.</source>
        <translation>Pida al consultorio del médico que envíe al plan la solicitud de renovación.</translation>
    </message>
    <message>
        <source>Call back if you have not heard from them.</source>
        <translation>Vuelva a llamar si no ha tenido noticias.</translation>
    </message>
    <message>
        <source>{appeal}: {counted}.</source>
        <translation>{appeal}: {counted}.</translation>
    </message>
    <message>
        <source>Source: {source}, {url}</source>
        <translation>Fuente: {source}, {url}</translation>
    </message>
    <message>
        <source>Send it to {place}.</source>
        <translation>A dónde enviarla: {place}.</translation>
    </message>
    <message>
        <source>Send the appeal so that it arrives by {by}: {day} is {holiday}, when offices are closed.</source>
        <translation>Envíe la apelación para que llegue a más tardar el {by}: el {day} es {holiday}, cuando las oficinas están cerradas.</translation>
    </message>
    <message>
        <source>Send the appeal so that it arrives by {by}: {day} is a {weekday}, when offices are closed.</source>
        <translation>Envíe la apelación para que llegue a más tardar el {by}: el {day} es {weekday}, cuando las oficinas están cerradas.</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Your letter gives this date; it comes before any rule.</source>
        <translation>Su carta da esta fecha; tiene prioridad sobre cualquier regla.</translation>
    </message>
    <message>
        <source>The rules would give {day}; the letter&apos;s date counts.</source>
        <translation>Las reglas darían el {day}; cuenta la fecha de la carta.</translation>
    </message>
    <message>
        <source>No rule for this plan and letter. Read the letter, or ask the plan how many days you have to appeal.</source>
        <translation>No hay ninguna regla para este plan y esta carta. Lea la carta o pregunte al plan cuántos días tiene para apelar.</translation>
    </message>
    <message>
        <source>Write down the date on the letter (and the day it came) to work out the last day to appeal.</source>
        <translation>Anote la fecha de la carta (y el día en que llegó) para calcular el último día para apelar.</translation>
    </message>
    <message>
        <source>Counted from the day the letter came: the date on it is not written down.</source>
        <translation>Se cuenta desde el día en que llegó la carta: la fecha de la carta no está anotada.</translation>
    </message>
    <message>
        <source>Renew before the approval ends ({ends}): {title}</source>
        <translation>Renovar antes de que termine la aprobación ({ends}): {title}</translation>
    </message>
    <message>
        <source>Follow-up: {when}</source>
        <translation>Seguimiento: {when}</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>Prescription or referral</source>
        <translation>Receta o remisión</translation>
    </message>
    <message>
        <source>Insurance card or plan document</source>
        <translation>Tarjeta del seguro o documento del plan</translation>
    </message>
    <message>
        <source>Letter from the plan</source>
        <translation>Carta del plan</translation>
    </message>
    <message>
        <source>Explanation of benefits</source>
        <translation>Explicación de beneficios</translation>
    </message>
    <message>
        <source>Prior-authorization decision</source>
        <translation>Decisión de autorización previa</translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation>Notas clínicas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>DocumentNames</name>
    <message>
        <source>Untitled document</source>
        <translation>Documento sin título</translation>
    </message>
    <message>
        <source>{kind}, {day}</source>
        <translation>{kind}, {day}</translation>
    </message>
    <message>
        <source>Document, {day}</source>
        <translation>Documento, {day}</translation>
    </message>
</context>
<context>
    <name>DocumentNotes</name>
    <message>
        <source>This ZIP archive could not be read, so the files inside cannot be listed or taken out. It is saved in the folder, and you can still try to open it with another program.</source>
        <translation>No se pudo leer este archivo ZIP, así que no se pueden ver ni sacar los archivos que contiene. Está guardado en la carpeta, y todavía puede intentar abrirlo con otro programa.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged or cut off, so it cannot be previewed. It is saved in the folder as it is.</source>
        <translation>Esta imagen parece dañada o incompleta, así que no se puede mostrar. Está guardada en la carpeta tal como está.</translation>
    </message>
    <message>
        <source>This picture is too large to preview safely. It is saved in the folder, and you can still open it with your picture viewer.</source>
        <translation>Esta imagen es demasiado grande para mostrarla de forma segura. Está guardada en la carpeta, y todavía puede abrirla con su visor de imágenes.</translation>
    </message>
    <message>
        <source>Photos in this format (HEIC) cannot be previewed on this computer. It is saved in the folder, and you can still open it with your photo viewer.</source>
        <translation>Las fotos en este formato (HEIC) no se pueden mostrar en esta computadora. Está guardada en la carpeta, y todavía puede abrirla con su visor de fotos.</translation>
    </message>
    <message>
        <source>This page took too long to read, so it was stopped. The letter is kept as it is; you can type what it says.</source>
        <translation>Esta página tardó demasiado en leerse, así que se detuvo la lectura. La carta se guarda tal como está; puede escribir lo que dice.</translation>
    </message>
    <message>
        <source>The page reader stopped while reading this page. The letter is kept as it is; you can type what it says.</source>
        <translation>El lector de páginas se detuvo mientras leía esta página. La carta se guarda tal como está; puede escribir lo que dice.</translation>
    </message>
    <message>
        <source>The page reader could not be started, so this page was not read.</source>
        <translation>No se pudo iniciar el lector de páginas, así que esta página no se leyó.</translation>
    </message>
    <message>
        <source>This picture could not be read: it seems to be damaged, or it is not a picture.</source>
        <translation>No se pudo leer esta imagen: parece dañada, o no es una imagen.</translation>
    </message>
    <message>
        <source>This picture is too large to read. It is kept as it is.</source>
        <translation>Esta imagen es demasiado grande para leerla. Se guarda tal como está.</translation>
    </message>
    <message>
        <source>No words were found on this page.</source>
        <translation>No se encontraron palabras en esta página.</translation>
    </message>
    <message>
        <source>This page could not be read. It is kept as it is.</source>
        <translation>No se pudo leer esta página. Se guarda tal como está.</translation>
    </message>
    <message>
        <source>Some words on this page were hard to read. Check them against the picture.</source>
        <translation>Algunas palabras de esta página eran difíciles de leer. Compárelas con la imagen.</translation>
    </message>
    <message>
        <source>This page seems to be written in another alphabet. Only English and Spanish words are read, so its words may be missing or wrong.</source>
        <translation>Esta página parece estar escrita en otro alfabeto. Solo se leen palabras en inglés y en español, así que puede que falten palabras o que estén mal.</translation>
    </message>
    <message>
        <source>This file can be opened but not previewed.</source>
        <translation>Este archivo se puede abrir, pero no se puede mostrar.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it cannot be previewed or searched. It is saved in the folder.</source>
        <translation>Este PDF está protegido con contraseña, así que no se puede mostrar ni buscar en él. Está guardado en la carpeta.</translation>
    </message>
    <message>
        <source>This PDF could not be read, so it cannot be previewed or searched. It is saved in the folder, and you can still try to open it with your PDF viewer.</source>
        <translation>No se pudo leer este PDF, así que no se puede mostrar ni buscar en él. Está guardado en la carpeta, y todavía puede intentar abrirlo con su visor de PDF.</translation>
    </message>
    <message>
        <source>This PDF took too long to read, so it cannot be previewed or searched. It is saved in the folder, and you can still open it with your PDF viewer.</source>
        <translation>Este PDF tardó demasiado en leerse, así que no se puede mostrar ni buscar en él. Está guardado en la carpeta, y todavía puede abrirlo con su visor de PDF.</translation>
    </message>
    <message>
        <source>This PDF has no pages to show. It is saved in the folder as it is.</source>
        <translation>Este PDF no tiene páginas para mostrar. Está guardado en la carpeta tal como está.</translation>
    </message>
    <message>
        <source>It is kept as one file ({summary}); the PDFs and pictures inside can be added one by one with “Add the files inside”.</source>
        <translation>Se guarda como un solo archivo ({summary}); los PDF y las imágenes que contiene se pueden agregar uno por uno con “Agregar los archivos que contiene”.</translation>
    </message>
    <message>
        <source>This email could not be read fully, so only its raw text is shown. It is saved in the folder.</source>
        <translation>No se pudo leer todo este correo electrónico, así que solo se muestra su texto sin formato. Está guardado en la carpeta.</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message>
        <source>{name} is a folder, not a file; add the files inside it instead.</source>
        <translation>{name} es una carpeta, no un archivo; agregue los archivos que contiene.</translation>
    </message>
    <message>
        <source>{name} is not an ordinary file (it may be a device or a pipe), so it cannot be kept.</source>
        <translation>{name} no es un archivo común (puede ser un dispositivo o una tubería), así que no se puede guardar.</translation>
    </message>
    <message>
        <source>This file</source>
        <translation>Este archivo</translation>
    </message>
    <message>
        <source>{name} is empty (0 bytes), so there is nothing to keep.</source>
        <translation>{name} está vacío (0 bytes), así que no hay nada que guardar.</translation>
    </message>
    <message>
        <source>{name} is too large to keep ({size}); the largest file Infusion Desk can keep is 500 MB.</source>
        <translation>{name} es demasiado grande para guardarlo ({size}); el archivo más grande que Infusion Desk puede guardar es de 500 MB.</translation>
    </message>
    <message>
        <source>{name} is a shortcut that leads back to itself, so there is no file to keep.</source>
        <translation>{name} es un acceso directo que lleva a sí mismo, así que no hay ningún archivo que guardar.</translation>
    </message>
    <message>
        <source>{name} is a shortcut to a file that is no longer there.</source>
        <translation>{name} es un acceso directo a un archivo que ya no existe.</translation>
    </message>
    <message>
        <source>{name} could not be found; it may have been moved, renamed or deleted.</source>
        <translation>No se encontró {name}; puede que se haya movido, cambiado de nombre o borrado.</translation>
    </message>
    <message>
        <source>{name} could not be opened because this computer does not allow reading it.</source>
        <translation>{name} no se pudo abrir porque esta computadora no permite leerlo.</translation>
    </message>
    <message>
        <source>{name} could not be read; check that the disk or USB stick is still plugged in and try again.</source>
        <translation>{name} no se pudo leer; verifique que el disco o la memoria USB siga conectado y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This could not be saved because the disk is full, and the folder was left as it was. Make room on the disk (empty the computer&apos;s trash, for example), then try again.</source>
        <translation>Esto no se pudo guardar porque el disco está lleno, y la carpeta quedó como estaba. Libere espacio en el disco (por ejemplo, vacíe la papelera de la computadora) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder file is busy (another program is using it), so this was not saved yet. Wait a moment, then try again.</source>
        <translation>El archivo de la carpeta está ocupado (otro programa lo está usando), así que esto todavía no se guardó. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The folder file is busy (another program is using it), so this could not be read just now. Wait a moment, then try again. Nothing was changed.</source>
        <translation>El archivo de la carpeta está ocupado (otro programa lo está usando), así que esto no se pudo leer ahora. Espere un momento y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This could not be saved because the folder file cannot be written to any more (the disk or USB stick may be locked, or set to read only). The folder was left as it was. Copy it to a place you can write to, then open the copy.</source>
        <translation>Esto no se pudo guardar porque ya no se puede escribir en el archivo de la carpeta (el disco o la memoria USB puede estar bloqueado o ser de solo lectura). La carpeta quedó como estaba. Cópiela a un lugar donde pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>This could not be saved because the folder file is no longer where it was (it was moved, renamed or deleted, or its disk or USB stick was taken out). Nothing was changed. Put it back or plug the stick in again, then open the folder again.</source>
        <translation>Esto no se pudo guardar porque el archivo de la carpeta ya no está donde estaba (se movió, se cambió de nombre o se borró, o se sacó su disco o memoria USB). No se cambió nada. Vuelva a ponerlo en su lugar o conecte de nuevo la memoria, y abra otra vez la carpeta.</translation>
    </message>
    <message>
        <source>The folder file is no longer where it was (it was moved, renamed or deleted, or its disk or USB stick was taken out), so this could not be read. Put it back or plug the stick in again, then open the folder again.</source>
        <translation>El archivo de la carpeta ya no está donde estaba (se movió, se cambió de nombre o se borró, o se sacó su disco o memoria USB), así que esto no se pudo leer. Vuelva a ponerlo en su lugar o conecte de nuevo la memoria, y abra otra vez la carpeta.</translation>
    </message>
    <message>
        <source>The disk this folder is on is full, so the folder could not be read. Make room on the disk (empty the computer&apos;s trash, for example), then try again. Nothing was changed.</source>
        <translation>El disco donde está esta carpeta está lleno, así que la carpeta no se pudo leer. Libere espacio en el disco (por ejemplo, vacíe la papelera de la computadora) y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is no folder file at {path}. It may have been moved or renamed.</source>
        <translation>No hay ningún archivo de carpeta en {path}. Puede que se haya movido o cambiado de nombre.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {why}. Nothing in it was changed.</source>
        <translation>{name} no se puede abrir: {why}. No se cambió nada en el archivo.</translation>
    </message>
    <message>
        <source>{name} was saved by a newer version of Infusion Desk. Please update the app to open it. Nothing in it was changed.</source>
        <translation>{name} se guardó con una versión más nueva de Infusion Desk. Actualice la aplicación para abrirlo. No se cambió nada en el archivo.</translation>
    </message>
    <message>
        <source>{name} looks damaged and cannot be opened safely. Nothing in it was changed; a backup copy may help.</source>
        <translation>{name} parece dañado y no se puede abrir de forma segura. No se cambió nada en el archivo; una copia de seguridad puede ayudar.</translation>
    </message>
    <message>
        <source>This file changed while it was being added. Try again when it is finished.</source>
        <translation>Este archivo cambió mientras se agregaba. Vuelva a intentarlo cuando esté terminado.</translation>
    </message>
    <message>
        <source>Part of {name} could not be read because the file is damaged there. Nothing in it was changed; restoring the newest good backup usually helps.</source>
        <translation>Una parte de {name} no se pudo leer porque el archivo está dañado allí. No se cambió nada en el archivo; restaurar la copia de seguridad buena más reciente suele ayudar.</translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine. Rebuilding the search index from the records repairs it.</source>
        <translation>El índice de búsqueda está dañado; sus registros están bien. Reconstruir el índice de búsqueda a partir de los registros lo repara.</translation>
    </message>
    <message>
        <source>{name} could not be read. Check that the disk or USB stick is plugged in and that you may open the file.</source>
        <translation>{name} no se pudo leer. Verifique que el disco o la memoria USB esté conectado y que usted tenga permiso para abrir el archivo.</translation>
    </message>
    <message>
        <source>There is already a file at {path}. Choose another name, or open that folder instead.</source>
        <translation>Ya hay un archivo en {path}. Elija otro nombre, o abra esa carpeta.</translation>
    </message>
    <message>
        <source>That {kind} is no longer in the folder. It may have been deleted.</source>
        <translation>Ese registro ({kind}) ya no está en la carpeta. Puede que se haya borrado.</translation>
    </message>
    <message>
        <source>This could not be saved, and the folder was left as it was. Check that there is room on the disk and that the folder file is still there, then try again.</source>
        <translation>Esto no se pudo guardar, y la carpeta quedó como estaba. Verifique que haya espacio en el disco y que el archivo de la carpeta siga allí, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This folder is already open in Infusion Desk on this computer. Switch to that window.</source>
        <translation>Esta carpeta ya está abierta en Infusion Desk en esta computadora. Vaya a esa ventana.</translation>
    </message>
    <message>
        <source>This folder is open in Infusion Desk on another computer ({host}). Close it there first, or open it for reading only.</source>
        <translation>Esta carpeta está abierta en Infusion Desk en otra computadora ({host}). Ciérrela allí primero, o ábrala solo para leer.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>The backup could not be made, and the folder was left as it was. Check that the backup disk is plugged in and has room, then try again.</source>
        <translation>No se pudo hacer la copia de seguridad, y la carpeta quedó como estaba. Verifique que el disco de las copias de seguridad esté conectado y tenga espacio, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The place where the backups are kept cannot be found. Check that the backup disk or USB stick is plugged in, then try again. The folder was left as it was.</source>
        <translation>No se encuentra el lugar donde se guardan las copias de seguridad. Verifique que el disco o la memoria USB de las copias esté conectado y vuelva a intentarlo. La carpeta quedó como estaba.</translation>
    </message>
    <message>
        <source>The place where the backups are kept cannot be written to (it may be a locked USB stick, a CD, or a folder you may only read). The folder was left as it was. Choose another place for the backups.</source>
        <translation>No se puede escribir en el lugar donde se guardan las copias de seguridad (puede ser una memoria USB bloqueada, un CD o una carpeta que usted solo puede leer). La carpeta quedó como estaba. Elija otro lugar para las copias de seguridad.</translation>
    </message>
    <message>
        <source>The disk where the backups are kept is full. The folder was left as it was. Make room on that disk, or choose another place for the backups.</source>
        <translation>El disco donde se guardan las copias de seguridad está lleno. La carpeta quedó como estaba. Libere espacio en ese disco o elija otro lugar para las copias de seguridad.</translation>
    </message>
    <message>
        <source>Another backup of this folder is being made or put back right now. Wait a minute, then try again. The folder was left as it was.</source>
        <translation>Ahora mismo se está haciendo o restaurando otra copia de seguridad de esta carpeta. Espere un minuto y vuelva a intentarlo. La carpeta quedó como estaba.</translation>
    </message>
    <message>
        <source>The backup could not be put back, and the folder was left as it was. Check that there is room on the disk and that the folder file may be changed, then try again.</source>
        <translation>No se pudo restaurar la copia de seguridad, y la carpeta quedó como estaba. Verifique que haya espacio en el disco y que el archivo de la carpeta se pueda cambiar, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup could not be put back because the folder&apos;s place cannot be written to (a CD, a locked USB stick, or a folder you may only read). The folder was left as it was. Put the backup back into a place you can write to instead.</source>
        <translation>No se pudo restaurar la copia de seguridad porque no se puede escribir en el lugar de la carpeta (un CD, una memoria USB bloqueada o una carpeta que usted solo puede leer). La carpeta quedó como estaba. Restaure la copia en un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>The backup could not be put back because the disk the folder is on is full. The folder was left as it was. Make room on the disk, then try again.</source>
        <translation>No se pudo restaurar la copia de seguridad porque el disco donde está la carpeta está lleno. La carpeta quedó como estaba. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The backup from {name} is damaged and cannot be restored. Nothing was changed; choose an older backup.</source>
        <translation>La copia de seguridad del {name} está dañada y no se puede restaurar. No se cambió nada; elija una copia más antigua.</translation>
    </message>
    <message>
        <source>This folder is open for reading only, so changes cannot be saved. Copy it to a place you can write to, then open the copy.</source>
        <translation>Esta carpeta está abierta solo para leer, así que los cambios no se pueden guardar. Cópiela a un lugar donde pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>This could not be read from the folder file. Check that the disk or USB stick is still plugged in, then try again. Nothing was changed.</source>
        <translation>Esto no se pudo leer del archivo de la carpeta. Verifique que el disco o la memoria USB siga conectado y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it, so it was not saved. Open it again to see their changes.</source>
        <translation>Otra persona cambió esto mientras usted lo estaba editando, así que no se guardó. Ábralo de nuevo para ver lo que cambió esa persona.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached right now. Check that this computer is connected to the network, then try again. Nothing was changed.</source>
        <translation>Ahora no se puede conectar con el servidor {host}. Revise que esta computadora esté conectada a la red y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The server did not accept the name {user} with this password. Check both and try again; whoever set up the server can set a new password.</source>
        <translation>El servidor no aceptó el nombre {user} con esta contraseña. Revise los dos y vuelva a intentarlo; quien preparó el servidor puede ponerle una contraseña nueva.</translation>
    </message>
    <message>
        <source>There is no folder named {folder} on this server that you may open. Check the name, or ask whoever set up the server to give it to you.</source>
        <translation>En este servidor no hay ninguna carpeta llamada {folder} que usted pueda abrir. Revise el nombre, o pida a quien preparó el servidor que le dé acceso a ella.</translation>
    </message>
    <message>
        <source>The connection to {host} was refused because the server&apos;s certificate would not be checked, so the folder could go to a computer pretending to be it. Use sslmode=verify-full (the usual setting), and ask whoever looks after the server for its certificate if this computer does not have it.</source>
        <translation>Se rechazó la conexión con {host} porque no se comprobaría el certificado del servidor, y la carpeta podría ir a otra computadora que se haga pasar por él. Use sslmode=verify-full (lo habitual) y pida el certificado del servidor a quien se encarga de él si esta computadora no lo tiene.</translation>
    </message>
    <message>
        <source>The connection to {host} was refused because it would not be protected, so the folder would cross the network where others could read it. Use sslmode=verify-full (the usual setting), and ask whoever looks after the server for its certificate if this computer does not have it.</source>
        <translation>Se rechazó la conexión con {host} porque no estaría protegida, y la carpeta pasaría por la red donde otros podrían leerla. Use sslmode=verify-full (lo habitual) y pida el certificado del servidor a quien se encarga de él si esta computadora no lo tiene.</translation>
    </message>
    <message>
        <source>The server {host} could not prove that it is the right server: its certificate could not be checked, so nothing was sent to it. Ask whoever looks after the server for its certificate file, and give that file in the address (sslrootcert=…).</source>
        <translation>El servidor {host} no pudo demostrar que es el servidor correcto: no se pudo comprobar su certificado, así que no se le envió nada. Pida el archivo del certificado a quien se encarga del servidor e indíquelo en la dirección (sslrootcert=…).</translation>
    </message>
    <message>
        <source>Please leave the password out of the server address: it would be kept where others can read it. You are asked for it when the folder opens.</source>
        <translation>Por favor, no ponga la contraseña en la dirección del servidor: quedaría guardada donde otras personas pueden leerla. Se le pide cuando se abre la carpeta.</translation>
    </message>
    <message>
        <source>The server {host} cannot be reached right now, so this change was not saved. Check that this computer is connected to the network, then try again.</source>
        <translation>No se puede conectar con el servidor {host} en este momento, así que este cambio no se guardó. Compruebe que esta computadora esté conectada a la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database {database} on this server is not ready for Infusion Desk. Ask whoever set up the server to run “infusion-desk server setup” again.</source>
        <translation>La base de datos {database} de este servidor no está preparada para Infusion Desk. Pida a quien preparó el servidor que vuelva a ejecutar “infusion-desk server setup”.</translation>
    </message>
    <message>
        <source>The folders in {database} were set up by a newer version of Infusion Desk. Please update the app to open them. Nothing was changed.</source>
        <translation>Las carpetas de {database} se prepararon con una versión más nueva de Infusion Desk. Por favor, actualice la aplicación para abrirlas. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is already a folder named {folder} on this server. Choose another name.</source>
        <translation>Ya hay una carpeta llamada {folder} en este servidor. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Someone else was saving the same thing at the same moment, so this was not saved. Try again.</source>
        <translation>Otra persona estaba guardando lo mismo en el mismo momento, así que esto no se guardó. Vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Essentials</name>
    <message>
        <source>Diagnosis (what the therapy treats)</source>
        <translation>Diagnóstico (lo que trata la terapia)</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Not filled in yet (ask the doctor&apos;s office and add them)</source>
        <translation>Todavía no se han anotado (pregunte al consultorio del médico y agréguelas)</translation>
    </message>
    <message>
        <source>Planned last day of therapy</source>
        <translation>Último día previsto de la terapia</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>The planned last day is before the start date. Check the two dates.</source>
        <translation>El último día previsto es anterior a la fecha de inicio. Revise las dos fechas.</translation>
    </message>
</context>
<context>
    <name>FieldWords</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <source>What it treats</source>
        <translation>Lo que trata</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Prescribing doctor</source>
        <translation>Médico que receta</translation>
    </message>
    <message>
        <source>Infusion provider</source>
        <translation>Proveedor de infusión en el hogar</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Planned length</source>
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
        <source>IV line</source>
        <translation>Vía intravenosa</translation>
    </message>
    <message>
        <source>Nurse visits</source>
        <translation>Visitas de enfermería</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Próxima cita</translation>
    </message>
    <message>
        <source>Next appointment with</source>
        <translation>Próxima cita con</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Insurance company</source>
        <translation>Compañía de seguros</translation>
    </message>
    <message>
        <source>Primary or secondary</source>
        <translation>Principal o secundario</translation>
    </message>
    <message>
        <source>Type of plan</source>
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
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Member phone</source>
        <translation>Teléfono de servicios para miembros</translation>
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
        <source>Covered from</source>
        <translation>Cubierto desde</translation>
    </message>
    <message>
        <source>Covered until</source>
        <translation>Cubierto hasta</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Office or company</source>
        <translation>Oficina o empresa</translation>
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
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
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
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Número de referencia</translation>
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
        <source>Approved amount</source>
        <translation>Cantidad aprobada</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Date on the paper</source>
        <translation>Fecha en el papel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who called</source>
        <translation>Quién llamó</translation>
    </message>
    <message>
        <source>Person in People to call</source>
        <translation>Persona en Contactos</translation>
    </message>
    <message>
        <source>Spoke with</source>
        <translation>Habló con</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lo que se dijo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Fecha de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Ask whom</source>
        <translation>A quién preguntar</translation>
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
        <source>Answered on a call</source>
        <translation>Respondida en una llamada</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Lo que pidieron</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>La pidieron el</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Quién la pidió</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Enviada por</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>A quién se envió</translation>
    </message>
    <message>
        <source>Sent by way of</source>
        <translation>Cómo se envió</translation>
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
        <source>Papers</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Where the date came from</source>
        <translation>De dónde viene la fecha</translation>
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
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{count} attached</source>
        <translation>Adjuntos: {count}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N.º {number}</translation>
    </message>
</context>
<context>
    <name>Filing</name>
    <message>
        <source>The approval ends before it starts. Check the two dates against the letter.</source>
        <translation>La aprobación termina antes de empezar. Compare las dos fechas con la carta.</translation>
    </message>
    <message>
        <source>Update the prior authorization</source>
        <translation>Actualizar la autorización previa</translation>
    </message>
    <message>
        <source>Say in a few words what the letter asks for, so the request can be added.</source>
        <translation>Diga en pocas palabras lo que pide la carta, para poder agregar la solicitud.</translation>
    </message>
    <message>
        <source>Add a request from the letter</source>
        <translation>Agregar una solicitud de la carta</translation>
    </message>
    <message>
        <source>Added the request “{text}”{due}. It is on the Requests tab.</source>
        <translation>Se agregó la solicitud “{text}”{due}. Está en la pestaña Solicitudes.</translation>
    </message>
    <message>
        <source>Write the question in a few words, so it can be added.</source>
        <translation>Escriba la pregunta en pocas palabras, para poder agregarla.</translation>
    </message>
    <message>
        <source>Add a question from the letter</source>
        <translation>Agregar una pregunta de la carta</translation>
    </message>
    <message>
        <source>Added the question “{words}”. It is on the Questions tab.</source>
        <translation>Se agregó la pregunta “{words}”. Está en la pestaña Preguntas.</translation>
    </message>
    <message>
        <source>Give the letter a title, so you can find it again.</source>
        <translation>Póngale un título a la carta, para poder encontrarla después.</translation>
    </message>
    <message>
        <source>The letter&apos;s details were already saved.</source>
        <translation>Los datos de la carta ya estaban guardados.</translation>
    </message>
    <message>
        <source>Saved the details of “{name}”.</source>
        <translation>Se guardaron los datos de “{name}”.</translation>
    </message>
    <message>
        <source>Save the letter&apos;s details</source>
        <translation>Guardar los datos de la carta</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>una carta</translation>
    </message>
    <message>
        <source>Asked for in the letter “{name}” dated {day}.</source>
        <translation>Pedido en la carta “{name}” con fecha del {day}.</translation>
    </message>
    <message>
        <source>Asked for in the letter “{name}”.</source>
        <translation>Pedido en la carta “{name}”.</translation>
    </message>
    <message>
        <source>number {number}</source>
        <translation>número {number}</translation>
    </message>
    <message>
        <source>approved {start} to {end}</source>
        <translation>aprobado del {start} al {end}</translation>
    </message>
    <message>
        <source>Added the step “{title}”: {said}.</source>
        <translation>Se agregó el paso “{title}”: {said}.</translation>
    </message>
    <message>
        <source>Updated the step “{title}”: {said}.</source>
        <translation>Se actualizó el paso “{title}”: {said}.</translation>
    </message>
</context>
<context>
    <name>FolderReading</name>
    <message>
        <source>(unnamed document)</source>
        <translation>(documento sin nombre)</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source> (in the trash)</source>
        <translation> (en la papelera)</translation>
    </message>
    <message>
        <source>{name}: already in the folder as “{title}”{where}.</source>
        <translation>{name}: ya está en la carpeta como “{title}”{where}.</translation>
    </message>
    <message>
        <source>{name}: added as “{title}”.</source>
        <translation>{name}: se agregó como “{title}”.</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <translation>{status}: {message}</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>repetido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} agregados</translation>
    </message>
    <message>
        <source>{count} already in the folder</source>
        <translation>{count} ya estaban en la carpeta</translation>
    </message>
    <message>
        <source>{count} could not be added</source>
        <translation>{count} no se pudieron agregar</translation>
    </message>
</context>
<context>
    <name>LabelledEnum</name>
    <message>
        <source>(a kind from a newer version)</source>
        <translation>(un tipo de una versión más nueva)</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>This request is not marked as sent yet, so it cannot be marked as received. Mark it as sent first.</source>
        <translation>Esta solicitud todavía no está marcada como enviada, así que no se puede marcar como recibida. Márquela primero como enviada.</translation>
    </message>
    <message>
        <source>Noted that they received “{what}” on {on}.</source>
        <translation>Se anotó que recibieron “{what}” el {on}.</translation>
    </message>
    <message>
        <source>Mark as received</source>
        <translation>Marcar como recibida</translation>
    </message>
    <message>
        <source>These papers were already kept with this request.</source>
        <translation>Estos papeles ya estaban guardados con esta solicitud.</translation>
    </message>
    <message>
        <source>Kept {added} with “{what}”.</source>
        <translation>Se guardó {added} con “{what}”.</translation>
    </message>
    <message>
        <source>Attach papers</source>
        <translation>Adjuntar papeles</translation>
    </message>
    <message>
        <source>Marked “{what}” as sent on {day}{with_papers}.</source>
        <translation>“{what}” se marcó como enviada el {day}{with_papers}.</translation>
    </message>
</context>
<context>
    <name>LedgerView</name>
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
</context>
<context>
    <name>LedgerWords</name>
    <message>
        <source>to {whom}</source>
        <translation>a {whom}</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
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
        <source>Overview</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Everything, in brief</source>
        <translation>Todo, en resumen</translation>
    </message>
    <message>
        <source>For {audience}</source>
        <translation>Para {audience}</translation>
    </message>
    <message>
        <source>doctor</source>
        <translation>médico</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <source>the pharmacy</source>
        <translation>la farmacia</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>el plan</translation>
    </message>
    <message>
        <source>the plans</source>
        <translation>los planes</translation>
    </message>
    <message>
        <source>Questions to ask {them}</source>
        <translation>Preguntas para {them}</translation>
    </message>
    <message>
        <source>questions for {them}</source>
        <translation>preguntas para {them}</translation>
    </message>
    <message>
        <source>No open questions for {them}.</source>
        <translation>No hay preguntas abiertas para {them}.</translation>
    </message>
    <message>
        <source>Waiting on {them}: notes, orders, signatures</source>
        <translation>Pendiente con {them}: notas, órdenes, firmas</translation>
    </message>
    <message>
        <source>things waiting on {them}</source>
        <translation>cosas pendientes con {them}</translation>
    </message>
    <message>
        <source>Nothing written down as waiting on {them}.</source>
        <translation>No hay nada anotado como pendiente con {them}.</translation>
    </message>
    <message>
        <source>What the doctor&apos;s office asked us for</source>
        <translation>Lo que el consultorio del médico nos pidió</translation>
    </message>
    <message>
        <source>requests from the office</source>
        <translation>solicitudes del consultorio</translation>
    </message>
    <message>
        <source>Nothing open that the doctor&apos;s office asked for.</source>
        <translation>No hay nada abierto que haya pedido el consultorio del médico.</translation>
    </message>
    <message>
        <source>Approvals ending, denials and appeals</source>
        <translation>Aprobaciones que terminan, denegaciones y apelaciones</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>pasos</translation>
    </message>
    <message>
        <source>No approval ending soon, and no denial.</source>
        <translation>Ninguna aprobación termina pronto, y no hay ninguna denegación.</translation>
    </message>
    <message>
        <source>Approvals ending and denials</source>
        <translation>Aprobaciones que terminan y denegaciones</translation>
    </message>
    <message>
        <source>Recent calls with {them}</source>
        <translation>Llamadas recientes con {them}</translation>
    </message>
    <message>
        <source>calls with {them}</source>
        <translation>llamadas con {them}</translation>
    </message>
    <message>
        <source>No calls with {them} logged yet.</source>
        <translation>Todavía no hay llamadas anotadas con {them}.</translation>
    </message>
    <message>
        <source>What they asked for, and what we sent and when</source>
        <translation>Lo que pidieron, y lo que enviamos y cuándo</translation>
    </message>
    <message>
        <source>requests with {them}</source>
        <translation>solicitudes con {them}</translation>
    </message>
    <message>
        <source>No requests with {them}.</source>
        <translation>No hay solicitudes con {them}.</translation>
    </message>
    <message>
        <source>What the plans still owe us</source>
        <translation>Lo que los planes todavía nos deben</translation>
    </message>
    <message>
        <source>What {them} still owes us</source>
        <translation>Lo que {them} todavía nos debe</translation>
    </message>
    <message>
        <source>things they owe us</source>
        <translation>cosas que nos deben</translation>
    </message>
    <message>
        <source>Nothing written down as owed by {them}.</source>
        <translation>No hay nada anotado que {them} nos deba.</translation>
    </message>
    <message>
        <source>Authorization numbers and approved periods</source>
        <translation>Números de autorización y períodos aprobados</translation>
    </message>
    <message>
        <source>No authorization numbers written down yet.</source>
        <translation>Todavía no hay números de autorización anotados.</translation>
    </message>
    <message>
        <source>What {them} needs from us</source>
        <translation>Lo que {them} necesita de nosotros</translation>
    </message>
    <message>
        <source>requests from {them}</source>
        <translation>solicitudes de {them}</translation>
    </message>
    <message>
        <source>Nothing open that {them} asked for.</source>
        <translation>No hay nada abierto que {them} haya pedido.</translation>
    </message>
    <message>
        <source>Deliveries and nursing</source>
        <translation>Entregas y enfermería</translation>
    </message>
    <message>
        <source>things with the pharmacy and the nurses</source>
        <translation>cosas con la farmacia y las enfermeras</translation>
    </message>
    <message>
        <source>No call-back due with the pharmacy or the nurses, and nothing open that the nurses asked for.</source>
        <translation>No hay llamadas pendientes con la farmacia ni con las enfermeras, ni nada abierto que hayan pedido las enfermeras.</translation>
    </message>
    <message>
        <source>Approvals and their end dates</source>
        <translation>Aprobaciones y sus fechas de fin</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>aprobaciones</translation>
    </message>
    <message>
        <source>No approvals written down yet.</source>
        <translation>Todavía no hay aprobaciones anotadas.</translation>
    </message>
    <message>
        <source>People at the pharmacy</source>
        <translation>Personas en la farmacia</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>No one from the pharmacy in People to call.</source>
        <translation>No hay nadie de la farmacia en Contactos.</translation>
    </message>
</context>
<context>
    <name>MeetingErrors</name>
    <message>
        <source>There is no {what} called “{name}” in this folder; it has {names} and {last}.</source>
        <translation>No hay ningún {what} llamado “{name}” en esta carpeta; tiene {names} y {last}.</translation>
    </message>
    <message>
        <source>There is no {what} called “{name}” in this folder; it has {names}.</source>
        <translation>No hay ningún {what} llamado “{name}” en esta carpeta; tiene {names}.</translation>
    </message>
    <message>
        <source>There is no {what} called “{name}” in this folder.</source>
        <translation>No hay ningún {what} llamado “{name}” en esta carpeta.</translation>
    </message>
    <message>
        <source>A name goes only with a visit with the doctor or a call with a plan, not with {meeting}.</source>
        <translation>Un nombre solo va con una visita con el médico o una llamada con un plan, no con {meeting}.</translation>
    </message>
</context>
<context>
    <name>OpenCopies</name>
    <message>
        <source>A copy for the other program could not be written. Check that the disk is not full, then try again.</source>
        <translation>No se pudo escribir una copia para el otro programa. Verifique que el disco no esté lleno y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The server cannot be reached. This change is kept and will be saved when it is back.</source>
        <translation>No se puede conectar con el servidor. Este cambio se conserva y se guardará cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>A change kept while the server was away could not be saved because something went wrong. The details were written to the log file.</source>
        <translation>Un cambio que se conservó mientras no había conexión con el servidor no se pudo guardar porque algo salió mal. Los detalles se anotaron en el archivo de registro.</translation>
    </message>
    <message>
        <source>The server cannot be reached. One change is kept and will be saved when it is back.</source>
        <translation>No se puede conectar con el servidor. Hay un cambio que se conserva y se guardará cuando vuelva la conexión.</translation>
    </message>
    <message numerus="yes">
        <source>The server cannot be reached. %n changes are kept and will be saved when it is back.</source>
        <translation>
            <numerusform>No se puede conectar con el servidor. Hay %n cambio que se conserva y se guardará cuando vuelva la conexión.</numerusform>
            <numerusform>No se puede conectar con el servidor. Hay %n cambios que se conservan y se guardarán cuando vuelva la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is back: the kept change is saved.</source>
        <translation>Volvió la conexión con el servidor: ya se guardó el cambio pendiente.</translation>
    </message>
    <message numerus="yes">
        <source>The server is back: %n kept changes are saved.</source>
        <translation>
            <numerusform>Volvió la conexión con el servidor: ya se guardó %n cambio pendiente.</numerusform>
            <numerusform>Volvió la conexión con el servidor: ya se guardaron %n cambios pendientes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRank</name>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>PlanType</name>
    <message>
        <source>Original Medicare (Part B)</source>
        <translation>Original Medicare (Parte B)</translation>
    </message>
    <message>
        <source>Medicare drug plan (Part D)</source>
        <translation>Plan de medicamentos de Medicare (Parte D)</translation>
    </message>
    <message>
        <source>Medicare Advantage</source>
        <translation>Medicare Advantage</translation>
    </message>
    <message>
        <source>Medicaid</source>
        <translation>Medicaid</translation>
    </message>
    <message>
        <source>Employer or commercial plan</source>
        <translation>Plan del empleador o comercial</translation>
    </message>
    <message>
        <source>Marketplace plan</source>
        <translation>Plan del Mercado de Seguros</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>An answer needs a few words, so it was not saved.</source>
        <translation>Una respuesta necesita unas palabras, así que no se guardó.</translation>
    </message>
    <message>
        <source>Saved the answer.</source>
        <translation>Se guardó la respuesta.</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Responder una pregunta</translation>
    </message>
    <message>
        <source>Change a question</source>
        <translation>Cambiar una pregunta</translation>
    </message>
    <message>
        <source>Add the questions for when you’re stuck</source>
        <translation>Agregar las preguntas para cuando no sabe cómo seguir</translation>
    </message>
    <message>
        <source>Added three questions to ask. They are on the Questions tab.</source>
        <translation>Se agregaron tres preguntas para hacer. Están en la pestaña Preguntas.</translation>
    </message>
</context>
<context>
    <name>QuestionStatus</name>
    <message>
        <source>Open</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Ya no hace falta</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>This folder file is marked read-only, so changes cannot be saved. Copy it to a place you can write to, then open the copy.</source>
        <translation>Este archivo de carpeta está marcado como de solo lectura, así que los cambios no se pueden guardar. Cópielo a un lugar donde pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>This folder is kept in a place that cannot be written to (a CD, a locked USB stick, or a folder you may only read), so changes cannot be saved. Copy it to a place you can write to, then open the copy.</source>
        <translation>Esta carpeta está en un lugar donde no se puede escribir (un CD, una memoria USB bloqueada o una carpeta que usted solo puede leer), así que los cambios no se pueden guardar. Cópiela a un lugar donde pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>This folder looks damaged, so it is open for reading only and nothing in it will be changed. Restore the newest good backup to keep working.</source>
        <translation>Esta carpeta parece dañada, así que está abierta solo para leer y no se cambiará nada en ella. Restaure la copia de seguridad buena más reciente para seguir trabajando.</translation>
    </message>
    <message>
        <source>The disk this folder is on is full, so it is open for reading only and changes cannot be saved. Make room on the disk (empty the computer&apos;s trash, for example), then open the folder again.</source>
        <translation>El disco donde está esta carpeta está lleno, así que está abierta solo para leer y los cambios no se pueden guardar. Libere espacio en el disco (por ejemplo, vacíe la papelera de la computadora) y abra otra vez la carpeta.</translation>
    </message>
</context>
<context>
    <name>RecordChanges</name>
    <message>
        <source>Add {kind}</source>
        <translation>Agregar {kind}</translation>
    </message>
    <message>
        <source>Edit {kind}</source>
        <translation>Cambiar {kind}</translation>
    </message>
    <message>
        <source>Delete {kind}</source>
        <translation>Borrar {kind}</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>Se movió a la papelera.</translation>
    </message>
    <message>
        <source>Restore {kind}</source>
        <translation>Restaurar {kind}</translation>
    </message>
    <message>
        <source>Taken out of the trash.</source>
        <translation>Se sacó de la papelera.</translation>
    </message>
    <message>
        <source>Edit patient and therapy</source>
        <translation>Cambiar paciente y terapia</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Agregar documento</translation>
    </message>
    <message>
        <source>Added “{title}”.</source>
        <translation>Se agregó “{title}”.</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Agregar documentos</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n things from the trash for good.</source>
        <translation>
            <numerusform>Se borró %n cosa de la papelera para siempre.</numerusform>
            <numerusform>Se borraron %n cosas de la papelera para siempre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Patient and therapy</source>
        <translation>Paciente y terapia</translation>
    </message>
</context>
<context>
    <name>RequestState</name>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Confirmed received</source>
        <translation>Recibo confirmado</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>What exactly is missing?</source>
        <translation>¿Qué falta exactamente?</translation>
    </message>
    <message>
        <source>Who needs to submit it?</source>
        <translation>¿Quién tiene que enviarlo?</translation>
    </message>
    <message>
        <source>What is the expected timeline once it is submitted?</source>
        <translation>¿Cuánto tiempo se espera que tarde una vez enviado?</translation>
    </message>
</context>
<context>
    <name>Scans</name>
    <message>
        <source>Correct the text</source>
        <translation>Corregir el texto</translation>
    </message>
    <message>
        <source>Saved the text as you typed it.</source>
        <translation>Se guardó el texto tal como lo escribió.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>it is a database, but not an Infusion Desk folder file</source>
        <translation>es una base de datos, pero no un archivo de carpeta de Infusion Desk</translation>
    </message>
    <message>
        <source>its version record is missing</source>
        <translation>falta su registro de versión</translation>
    </message>
    <message>
        <source>its version record is empty</source>
        <translation>su registro de versión está vacío</translation>
    </message>
    <message>
        <source>it is a directory, not a folder file</source>
        <translation>es un directorio, no un archivo de carpeta</translation>
    </message>
    <message>
        <source>it is not an Infusion Desk folder file</source>
        <translation>no es un archivo de carpeta de Infusion Desk</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>{app} {version} self-test, Python {python}{frozen}</source>
        <translation>Autoprueba de {app} {version}, Python {python}{frozen}</translation>
    </message>
    <message>
        <source>The self-test failed: this installation is not working. Reinstall the app, or send these lines to whoever set it up.</source>
        <translation>La autoprueba falló: esta instalación no funciona. Vuelva a instalar la aplicación, o envíe estas líneas a quien la instaló.</translation>
    </message>
    <message>
        <source>Self-test passed in {seconds} s.</source>
        <translation>La autoprueba terminó bien en {seconds} s.</translation>
    </message>
</context>
<context>
    <name>SendMethod</name>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Online portal</source>
        <translation>Portal en línea</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Please give the server&apos;s name.</source>
        <translation>Por favor, escriba el nombre del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s port must be a number from 1 to 65535.</source>
        <translation>El puerto del servidor debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>The sslmode in this address is not one PostgreSQL knows.</source>
        <translation>PostgreSQL no reconoce el sslmode que tiene esta dirección.</translation>
    </message>
    <message>
        <source>your name on the server</source>
        <translation>su nombre en el servidor</translation>
    </message>
    <message>
        <source>the server&apos;s database</source>
        <translation>la base de datos del servidor</translation>
    </message>
    <message>
        <source>A server address starts with postgresql://</source>
        <translation>La dirección de un servidor empieza con postgresql://</translation>
    </message>
    <message>
        <source>This server address cannot be read.</source>
        <translation>No se puede leer esta dirección de servidor.</translation>
    </message>
    <message>
        <source>This server address has a setting the app does not know: {name}.</source>
        <translation>Esta dirección de servidor tiene un ajuste que la aplicación no conoce: {name}.</translation>
    </message>
    <message>
        <source>the folder&apos;s name (folder=…)</source>
        <translation>el nombre de la carpeta (folder=…)</translation>
    </message>
    <message>
        <source>In the server address, hostaddr= must be the server&apos;s IP address (its name goes before the database).</source>
        <translation>En la dirección del servidor, hostaddr= debe ser la dirección IP del servidor (su nombre va antes de la base de datos).</translation>
    </message>
    <message>
        <source>The server address is missing {what}.</source>
        <translation>A la dirección del servidor le falta {what}.</translation>
    </message>
    <message>
        <source>In the server address, {what} is too long or has characters that cannot be used.</source>
        <translation>En la dirección del servidor, {what} tiene demasiados caracteres o caracteres que no se pueden usar.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>A person&apos;s name on the server must be 1 to 63 characters long.</source>
        <translation>El nombre de una persona en el servidor debe tener de 1 a 63 caracteres.</translation>
    </message>
    <message>
        <source>This name is kept for the server itself. Choose another.</source>
        <translation>Este nombre está reservado para el propio servidor. Elija otro.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 8 characters.</source>
        <translation>Por favor, elija una contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>There is already someone named {name} on this server.</source>
        <translation>Ya hay una persona con el nombre {name} en este servidor.</translation>
    </message>
    <message>
        <source>There is no folder named {folder} on this server.</source>
        <translation>No hay ninguna carpeta llamada {folder} en este servidor.</translation>
    </message>
    <message>
        <source>There is no one named {name} on this server.</source>
        <translation>No hay nadie con el nombre {name} en este servidor.</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>the doctor</source>
        <translation>el médico</translation>
    </message>
    <message>
        <source>the insurance plan</source>
        <translation>el plan de seguro</translation>
    </message>
    <message>
        <source>the home infusion pharmacy</source>
        <translation>la farmacia de terapia de infusión en el hogar</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Benefits verification</source>
        <translation>Verificación de beneficios</translation>
    </message>
    <message>
        <source>Prior authorization</source>
        <translation>Autorización previa</translation>
    </message>
    <message>
        <source>Provider coordination</source>
        <translation>Coordinación con los proveedores</translation>
    </message>
    <message>
        <source>Reauthorization</source>
        <translation>Renovación de la autorización</translation>
    </message>
    <message>
        <source>Appeal</source>
        <translation>Apelación</translation>
    </message>
    <message>
        <source>Other step</source>
        <translation>Otro paso</translation>
    </message>
</context>
<context>
    <name>StepStatus</name>
    <message>
        <source>Not started</source>
        <translation>No empezado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Waiting on someone</source>
        <translation>Esperando a alguien</translation>
    </message>
    <message>
        <source>Approved / done</source>
        <translation>Aprobado / hecho</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>A number here is too large to be in the folder.</source>
        <translation>Un número aquí es demasiado grande para estar en la carpeta.</translation>
    </message>
    <message>
        <source>This refers to something that is no longer in the folder, so it was not saved.</source>
        <translation>Esto se refiere a algo que ya no está en la carpeta, así que no se guardó.</translation>
    </message>
    <message>
        <source>A number here is too large to be stored, so it was not saved.</source>
        <translation>Un número aquí es demasiado grande para guardarlo, así que no se guardó.</translation>
    </message>
</context>
<context>
    <name>TodayWords</name>
    <message>
        <source>Can stop the therapy</source>
        <translation>Puede detener la terapia</translation>
    </message>
    <message>
        <source>Approval ending soon</source>
        <translation>Aprobación que termina pronto</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Overdue request</source>
        <translation>Solicitud atrasada</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Seguimiento pendiente</translation>
    </message>
    <message>
        <source>Approval ending, renewal under way</source>
        <translation>Aprobación que termina, renovación en curso</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Pregunta abierta</translation>
    </message>
    <message>
        <source>Renew before</source>
        <translation>Renovar antes de</translation>
    </message>
    <message>
        <source>Appeal deadline</source>
        <translation>Fecha límite de apelación</translation>
    </message>
    <message>
        <source>Promised call-back</source>
        <translation>Llamada prometida</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>{when} (was due {day})</source>
        <translation>{when} (vencía el {day})</translation>
    </message>
    <message>
        <source>{when} (on {day})</source>
        <translation>{when} (el {day})</translation>
    </message>
    <message>
        <source>Call {who} back ({person}) — {due}.</source>
        <translation>Llame otra vez a {who} ({person}) — {due}.</translation>
    </message>
    <message>
        <source>Call {who} back — {due}.</source>
        <translation>Llame otra vez a {who} — {due}.</translation>
    </message>
    <message>
        <source>Call back — {due}.</source>
        <translation>Vuelva a llamar — {due}.</translation>
    </message>
    <message>
        <source>Last time: {summary}</source>
        <translation>La última vez: {summary}</translation>
    </message>
    <message>
        <source>the insurance plan</source>
        <translation>el plan de seguro</translation>
    </message>
    <message>
        <source>Call {name} about the denial</source>
        <translation>Llame a {name} por la denegación</translation>
    </message>
    <message>
        <source>Call {name} about renewing</source>
        <translation>Llame a {name} para renovar</translation>
    </message>
    <message>
        <source>{name} is waiting for it</source>
        <translation>{name} lo está esperando</translation>
    </message>
    <message>
        <source>{by} {day}, {late} ({where}).</source>
        <translation>{by} {day}, {late} ({where}).</translation>
    </message>
    <message>
        <source>{by} {day} ({where}).</source>
        <translation>{by} {day} ({where}).</translation>
    </message>
    <message>
        <source>{by} {day} — {when}: {what}</source>
        <translation>{by} {day} — {when}: {what}</translation>
    </message>
    <message>
        <source>Denied on {day}: {title}.</source>
        <translation>Denegado el {day}: {title}.</translation>
    </message>
    <message>
        <source>Denied: {title}.</source>
        <translation>Denegado: {title}.</translation>
    </message>
    <message>
        <source>Approval {when} ({day}): {title}.</source>
        <translation>La aprobación {when} ({day}): {title}.</translation>
    </message>
    <message>
        <source>The renewal is under way.</source>
        <translation>La renovación está en curso.</translation>
    </message>
    <message>
        <source>Call back — {due}. Last time: {summary}</source>
        <translation>Vuelva a llamar — {due}. La última vez: {summary}</translation>
    </message>
    <message>
        <source>Send “{what}” — {due}.</source>
        <translation>Envíe “{what}” — {due}.</translation>
    </message>
    <message>
        <source>Ask: {question}</source>
        <translation>Pregunte: {question}</translation>
    </message>
    <message>
        <source>{reason}: {text}</source>
        <translation>{reason}: {text}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more questions to ask (see them all under Questions to ask)</source>
        <translation>
            <numerusform>… y %n pregunta más para hacer (véalas todas en Preguntas para hacer)</numerusform>
            <numerusform>… y %n preguntas más para hacer (véalas todas en Preguntas para hacer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TroubleWords</name>
    <message>
        <source>The folder was left open by a program that stopped; it is yours now.</source>
        <translation>La carpeta quedó abierta por un programa que se detuvo; ahora es suya.</translation>
    </message>
    <message>
        <source>the patient&apos;s details</source>
        <translation>los datos del paciente</translation>
    </message>
    <message>
        <source>insurance plans</source>
        <translation>los planes de seguro</translation>
    </message>
    <message>
        <source>people to call</source>
        <translation>los contactos</translation>
    </message>
    <message>
        <source>coverage steps</source>
        <translation>los pasos de la cobertura</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>los documentos</translation>
    </message>
    <message>
        <source>the text of document pages</source>
        <translation>el texto de las páginas de los documentos</translation>
    </message>
    <message>
        <source>the documents&apos; files</source>
        <translation>los archivos de los documentos</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>las llamadas</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>las preguntas</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>las solicitudes</translation>
    </message>
    <message>
        <source>links between requests and documents</source>
        <translation>los vínculos entre solicitudes y documentos</translation>
    </message>
    <message>
        <source>the version record</source>
        <translation>el registro de versión</translation>
    </message>
    <message>
        <source>the table {table}</source>
        <translation>la tabla {table}</translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine. Rebuild it with: infusion-desk check{where} --rebuild-index</source>
        <translation>El índice de búsqueda está dañado; sus registros están bien. Reconstrúyalo con: infusion-desk check{where} --rebuild-index</translation>
    </message>
    <message>
        <source>{message} To see what is damaged, run: infusion-desk check{where}</source>
        <translation>{message} Para ver qué está dañado, ejecute: infusion-desk check{where}</translation>
    </message>
    <message>
        <source>{message} (Give another place with --backups PLACE.)</source>
        <translation>{message} (Indique otro lugar con --backups PLACE.)</translation>
    </message>
    <message>
        <source>{message} (Or give another place with --backups PLACE.)</source>
        <translation>{message} (O indique otro lugar con --backups PLACE.)</translation>
    </message>
    <message>
        <source>A list that helps find {what} quickly is damaged (the index {index}); the {what} themselves read well.</source>
        <translation>Una lista que ayuda a encontrar rápido {what} está dañada (el índice {index}); {what} en sí se leen bien.</translation>
    </message>
    <message>
        <source>The part of the folder file that holds {what} is damaged.</source>
        <translation>La parte del archivo de la carpeta que guarda {what} está dañada.</translation>
    </message>
    <message>
        <source>The beginning of the folder file (its header) is damaged: {problems}.</source>
        <translation>El comienzo del archivo de la carpeta (su encabezado) está dañado: {problems}.</translation>
    </message>
    <message>
        <source>The folder file is damaged: {problems}</source>
        <translation>El archivo de la carpeta está dañado: {problems}</translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine.</source>
        <translation>El índice de búsqueda está dañado; sus registros están bien.</translation>
    </message>
    <message>
        <source>The search index is damaged too.</source>
        <translation>El índice de búsqueda también está dañado.</translation>
    </message>
    <message>
        <source>This document is damaged (its bytes changed): {title}</source>
        <translation>Este documento está dañado (sus bytes cambiaron): {title}</translation>
    </message>
    <message>
        <source>This document&apos;s file is missing from the folder: {title}</source>
        <translation>Falta en la carpeta el archivo de este documento: {title}</translation>
    </message>
    <message>
        <source>A file</source>
        <translation>Un archivo</translation>
    </message>
    <message>
        <source>{name} was not found.</source>
        <translation>No se encontró {name}.</translation>
    </message>
    <message>
        <source>{name} is in the way: something with that name is already there.</source>
        <translation>{name} estorba: ya hay algo con ese nombre.</translation>
    </message>
    <message>
        <source>{name} is not a folder (a file with that name is in the way).</source>
        <translation>{name} no es una carpeta (estorba un archivo con ese nombre).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{name} may not be opened or changed (no permission).</source>
        <translation>{name} no se puede abrir ni cambiar (no hay permiso).</translation>
    </message>
    <message>
        <source>{name} is in a place that cannot be written to (read-only).</source>
        <translation>{name} está en un lugar donde no se puede escribir (solo lectura).</translation>
    </message>
    <message>
        <source>{name} could not be written: the disk is full. Make room, then try again.</source>
        <translation>{name} no se pudo escribir: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{name} could not be used: {why}.</source>
        <translation>{name} no se pudo usar: {why}.</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>Rebuilt the search index: {count} records and documents can be found again.</source>
        <translation>Se reconstruyó el índice de búsqueda: {count} registros y documentos se pueden encontrar otra vez.</translation>
    </message>
</context>
</TS>
