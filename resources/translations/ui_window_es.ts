<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AuditDialog</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Who changed what</source>
        <translation>Quién cambió qué</translation>
    </message>
    <message>
        <source>Every change to this shared folder, newest first, with the name of the person who made it. The server keeps this list; no one can change it.</source>
        <translation>Cada cambio de esta carpeta compartida, del más reciente al más antiguo, con el nombre de la persona que lo hizo. El servidor guarda esta lista; nadie la puede cambiar.</translation>
    </message>
    <message>
        <source>Reading the list of changes…</source>
        <translation>Leyendo la lista de cambios…</translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Cambios, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Columns of the list of changes</source>
        <translation>Columnas de la lista de cambios</translation>
    </message>
    <message>
        <source>Nothing has been changed in this folder yet.</source>
        <translation>Todavía no se ha cambiado nada en esta carpeta.</translation>
    </message>
    <message>
        <source>The list of changes could not be read. {0}</source>
        <translation>No se pudo leer la lista de cambios. {0}</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Everything is in order. The folder and every document in it were checked: {0}.</source>
        <translation>Todo está en orden. Se revisaron la carpeta y cada documento que contiene: {0}.</translation>
    </message>
    <message>
        <source>Some problems were found. Nothing was changed.</source>
        <translation>Se encontraron algunos problemas. No se cambió nada.</translation>
    </message>
    <message>
        <source>Restoring the newest good backup (File &gt; Restore from backup…) usually helps.</source>
        <translation>Por lo general, se soluciona al restaurar la copia de seguridad buena más reciente (Archivo &gt; Restaurar desde una copia de seguridad…).</translation>
    </message>
    <message>
        <source>Backed up today&apos;s folder.</source>
        <translation>Se hizo la copia de seguridad de hoy.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: it needs about {0}, and the place for backups has {1} free. Make room there, or choose another place (File &gt; Backup location…).</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: necesita unos {0} y el lugar de las copias de seguridad tiene {1} libres. Libere espacio allí o elija otro lugar (Archivo &gt; Lugar de las copias de seguridad…).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made because the folder was busy. It will be made the next time the folder is opened.</source>
        <translation>No se pudo hacer la copia de seguridad de hoy porque la carpeta estaba ocupada. Se hará la próxima vez que abra la carpeta.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made because the folder looks damaged. Keep your older backups (Help &gt; Check this folder).</source>
        <translation>No se pudo hacer la copia de seguridad de hoy porque la carpeta parece dañada. Guarde sus copias de seguridad anteriores (Ayuda &gt; Revisar esta carpeta).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: the place for backups cannot be found. Check that the backup disk or USB stick is plugged in (File &gt; Backup location…).</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: no se encuentra el lugar de las copias de seguridad. Revise que el disco o la memoria USB estén conectados (Archivo &gt; Lugar de las copias de seguridad…).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: the place for backups cannot be written to. Choose another place (File &gt; Backup location…).</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: no se puede guardar nada en el lugar de las copias de seguridad. Elija otro lugar (Archivo &gt; Lugar de las copias de seguridad…).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: the backup disk is full. Make room there, or choose another place (File &gt; Backup location…).</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: el disco de las copias de seguridad está lleno. Libere espacio allí o elija otro lugar (Archivo &gt; Lugar de las copias de seguridad…).</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made. {0}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy. {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Putting the backup back…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restored the backup from {0}.</source>
        <translation>Se restauró la copia de seguridad del {0}.</translation>
    </message>
    <message>
        <source>Backups are kept in {0}.</source>
        <translation>Las copias de seguridad se guardan en {0}.</translation>
    </message>
    <message>
        <source>Backups are kept beside each folder file, in a folder named after it (for example “Walter Brennan Backups”).</source>
        <translation>Las copias de seguridad se guardan junto a cada archivo de carpeta, en una carpeta con su nombre (por ejemplo, “Walter Brennan Backups”).</translation>
    </message>
    <message>
        <source>{where}

One is made each day a folder is opened, and before anything is put back or deleted for good.</source>
        <translation>{where}

Se hace una cada día que abre una carpeta, y también antes de restaurar algo o de borrarlo para siempre.</translation>
    </message>
    <message>
        <source>&amp;Choose another place…</source>
        <translation>&amp;Elegir otro lugar…</translation>
    </message>
    <message>
        <source>&amp;Keep them beside the folder</source>
        <translation>&amp;Guardarlas junto a la carpeta</translation>
    </message>
    <message>
        <source>Where to keep backups</source>
        <translation>Dónde guardar las copias de seguridad</translation>
    </message>
    <message>
        <source>Backups will be kept in {0}.</source>
        <translation>Las copias de seguridad se guardarán en {0}.</translation>
    </message>
    <message>
        <source>Backups will be kept beside the folder.</source>
        <translation>Las copias de seguridad se guardarán junto a la carpeta.</translation>
    </message>
    <message>
        <source>The trash is already empty.</source>
        <translation>La papelera ya está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n things in the trash for good, for everyone who shares this folder? This cannot be undone here.</source>
        <translation>
            <numerusform>¿Borrar para siempre %n cosa de la papelera, para todas las personas que comparten esta carpeta? Esto no se puede deshacer aquí.</numerusform>
            <numerusform>¿Borrar para siempre %n cosas de la papelera, para todas las personas que comparten esta carpeta? Esto no se puede deshacer aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n things in the trash for good? A backup is made first.</source>
        <translation>
            <numerusform>¿Borrar para siempre %n cosa de la papelera? Antes se hace una copia de seguridad.</numerusform>
            <numerusform>¿Borrar para siempre %n cosas de la papelera? Antes se hace una copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Borrar para siempre</translation>
    </message>
    <message>
        <source>&amp;Delete without a backup</source>
        <translation>&amp;Borrar sin copia de seguridad</translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>Vaciando la papelera…</translation>
    </message>
    <message>
        <source>Emptied the trash.</source>
        <translation>Se vació la papelera.</translation>
    </message>
    <message numerus="yes">
        <source>{why}

Delete %n things in the trash for good anyway, without a backup?</source>
        <translation>
            <numerusform>{why}

¿Borrar de todos modos para siempre %n cosa de la papelera, sin copia de seguridad?</numerusform>
            <numerusform>{why}

¿Borrar de todos modos para siempre %n cosas de la papelera, sin copia de seguridad?</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Revisando la carpeta…</translation>
    </message>
    <message>
        <source>Check this folder</source>
        <translation>Revisar esta carpeta</translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine. This folder is open for reading only, so the index cannot be rebuilt here: open the folder for changes to rebuild it.</source>
        <translation>El índice de búsqueda está dañado; sus registros están bien. Esta carpeta está abierta solo para leer, así que aquí no se puede rehacer el índice: abra la carpeta para hacer cambios y así rehacerlo.</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Rehaciendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Rebuilt the search index: {0} records and documents can be found again.</source>
        <translation>Se rehízo el índice de búsqueda: ya se pueden encontrar de nuevo {0} registros y documentos.</translation>
    </message>
</context>
<context>
    <name>DeadlineActions</name>
    <message>
        <source>Expor&amp;t deadlines…</source>
        <translation>Expor&amp;tar las fechas límite…</translation>
    </message>
    <message>
        <source>Save the deadlines as a calendar file that Google, Apple or Outlook calendars can import</source>
        <translation>Guardar las fechas límite en un archivo de calendario que se puede importar en los calendarios de Google, Apple u Outlook</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>This folder is open for reading only: nothing can be added to it.</source>
        <translation>Esta carpeta está abierta solo para leer: no se le puede agregar nada.</translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n letters and attach them to this request: “{0}”</source>
        <translation>
            <numerusform>Suelte para agregar %n carta y guardarla con esta solicitud: “{0}”</numerusform>
            <numerusform>Suelte para agregar %n cartas y guardarlas con esta solicitud: “{0}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n letters</source>
        <translation>
            <numerusform>Suelte para agregar %n carta</numerusform>
            <numerusform>Suelte para agregar %n cartas</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop area</source>
        <translation>Zona para soltar</translation>
    </message>
</context>
<context>
    <name>FolderContext</name>
    <message>
        <source>Updated with a change made by someone else.</source>
        <translation>Se actualizó con un cambio que hizo otra persona.</translation>
    </message>
    <message>
        <source>The server cannot be reached right now, so this could not be undone or redone. Nothing was changed. Try again when it is back.</source>
        <translation>Ahora no se puede conectar con el servidor, así que esto no se pudo deshacer ni rehacer. No se cambió nada. Inténtelo de nuevo cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Agregar {0}</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>Se guardó: {0}.</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Cambiar {0}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Borrar {0}</translation>
    </message>
    <message>
        <source>Moved {0} to the trash.</source>
        <translation>Se pasó a la papelera: {0}.</translation>
    </message>
    <message>
        <source>Kept their version. Yours was not saved.</source>
        <translation>Se conservó la versión de la otra persona. La suya no se guardó.</translation>
    </message>
</context>
<context>
    <name>FolderCopy</name>
    <message>
        <source>Copy this folder to a shared server</source>
        <translation>Copiar esta carpeta a un servidor compartido</translation>
    </message>
    <message>
        <source>Everything in this folder is copied into a new folder on your care team&apos;s server. This folder file stays as it is. Whoever set up the server can tell you what to write here.</source>
        <translation>Todo lo que hay en esta carpeta se copia a una carpeta nueva en el servidor de su equipo de cuidado. Este archivo de carpeta se queda como está. Quien preparó el servidor puede decirle qué escribir aquí.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copying the folder to the server…</source>
        <translation>Copiando la carpeta al servidor…</translation>
    </message>
    <message>
        <source>The folder was copied to the server as “{folder}”.

{words}

Open the shared copy now? This folder file stays as it is; changes made in one are not made in the other.</source>
        <translation>La carpeta se copió al servidor con el nombre “{folder}”.

{words}

¿Quiere abrir ahora la copia compartida? Este archivo de carpeta se queda como está; los cambios que se hagan en una no se hacen en la otra.</translation>
    </message>
    <message>
        <source>&amp;Open the shared copy</source>
        <translation>A&amp;brir la copia compartida</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Save a copy of the folder as</source>
        <translation>Guardar una copia de la carpeta como</translation>
    </message>
    <message>
        <source>Saving a copy of the folder…</source>
        <translation>Guardando una copia de la carpeta…</translation>
    </message>
    <message>
        <source>Saved a copy of the folder as {path}.

{words}</source>
        <translation>Se guardó una copia de la carpeta como {path}.

{words}</translation>
    </message>
</context>
<context>
    <name>FolderOpening</name>
    <message>
        <source>Infusion Desk folders (*{0});;All files (*)</source>
        <translation>Carpetas de Infusion Desk (*{0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Paciente nuevo</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <source>This folder was updated for this version. A copy of the old one is saved as {0}.</source>
        <translation>Esta carpeta se actualizó para esta versión. Se guardó una copia de la anterior como {0}.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Revisando {0}…</translation>
    </message>
    <message>
        <source>{damaged}

The newest good backup is from {when}.</source>
        <translation>{damaged}

La copia de seguridad buena más reciente es del {when}.</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Rehaciendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Open a folder</source>
        <translation>Abrir una carpeta</translation>
    </message>
    <message>
        <source>Start a new folder</source>
        <translation>Empezar una carpeta nueva</translation>
    </message>
    <message>
        <source>The patient&apos;s name (the folder is named after them):</source>
        <translation>El nombre del paciente (la carpeta lleva su nombre):</translation>
    </message>
    <message>
        <source>Save the new folder as</source>
        <translation>Guardar la carpeta nueva como</translation>
    </message>
    <message>
        <source>The folder could not be made at {path}: {why}. Try another place.</source>
        <translation>No se pudo crear la carpeta en {path}: {why}. Pruebe en otro lugar.</translation>
    </message>
    <message>
        <source>Started a new folder for {0}. Add the therapy and insurance plans on the Overview tab.</source>
        <translation>Se empezó una carpeta nueva para {0}. Agregue la terapia y los planes de seguro en la pestaña Inicio.</translation>
    </message>
    <message>
        <source>Making the demo folder…</source>
        <translation>Preparando la carpeta de demostración…</translation>
    </message>
</context>
<context>
    <name>FolderView</name>
    <message>
        <source>Overview</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Today&apos;s to-dos, where the coverage steps stand, the patient, the therapy and the insurance plans</source>
        <translation>Lo que hay que hacer hoy, cómo van los pasos de la cobertura, el paciente, la terapia y los planes de seguro</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>What they asked for, and what we sent and when</source>
        <translation>Lo que pidieron, y lo que enviamos y cuándo</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Every call: who, when, the reference number and what was said</source>
        <translation>Cada llamada: con quién, cuándo, el número de referencia y lo que se dijo</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Preguntas para hacer</translation>
    </message>
    <message>
        <source>Questions to get answered, and the answers</source>
        <translation>Las preguntas que necesitan respuesta, y las respuestas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Letters, scans, photos and emails</source>
        <translation>Cartas, escaneos, fotos y correos electrónicos</translation>
    </message>
    <message>
        <source>People to call</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Who to call, their number, and what they need</source>
        <translation>A quién llamar, su número y lo que necesitan</translation>
    </message>
    <message>
        <source>This part of the folder could not be read. The folder may be damaged: restore the newest good backup to keep working.</source>
        <translation>No se pudo leer esta parte de la carpeta. Puede que la carpeta esté dañada: restaure la copia de seguridad buena más reciente para seguir trabajando.</translation>
    </message>
    <message>
        <source>Parts of the folder</source>
        <translation>Partes de la carpeta</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <translation>{tip} ({keys})</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>How far it has got</source>
        <translation>Cuánto ha avanzado</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel this work</source>
        <translation>Cancelar este trabajo</translation>
    </message>
    <message>
        <source>Stop this. Nothing is left half-done: what was finished stays, the rest is not started.</source>
        <translation>Detener esto. Nada queda a medias: lo que se terminó se queda y lo demás no se empieza.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Something went wrong. Nothing was lost. The details were written to the log file.</source>
        <translation>Algo salió mal. No se perdió nada. Los detalles se anotaron en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>KeptChanges</name>
    <message>
        <source>The server still cannot be reached, so one change you made is not saved yet. If you close now, it will be lost.</source>
        <translation>Todavía no se puede conectar con el servidor, así que un cambio que usted hizo aún no está guardado. Si cierra ahora, se perderá.</translation>
    </message>
    <message numerus="yes">
        <source>The server still cannot be reached, so %n changes you made are not saved yet. If you close now, they will be lost.</source>
        <translation>
            <numerusform>Todavía no se puede conectar con el servidor, así que %n cambio que usted hizo aún no está guardado. Si cierra ahora, se perderá.</numerusform>
            <numerusform>Todavía no se puede conectar con el servidor, así que %n cambios que usted hizo aún no están guardados. Si cierra ahora, se perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server still cannot be reached, so one change you made is not saved yet. Opening another folder closes this one, and the change will be lost.</source>
        <translation>Todavía no se puede conectar con el servidor, así que un cambio que usted hizo aún no está guardado. Si abre otra carpeta, esta se cerrará y el cambio se perderá.</translation>
    </message>
    <message numerus="yes">
        <source>The server still cannot be reached, so %n changes you made are not saved yet. Opening another folder closes this one, and they will be lost.</source>
        <translation>
            <numerusform>Todavía no se puede conectar con el servidor, así que %n cambio que usted hizo aún no está guardado. Si abre otra carpeta, esta se cerrará y el cambio se perderá.</numerusform>
            <numerusform>Todavía no se puede conectar con el servidor, así que %n cambios que usted hizo aún no están guardados. Si abre otra carpeta, esta se cerrará y los cambios se perderán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay and keep trying</source>
        <translation>Quedarse y seguir intentando</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perder los cambios</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que la computadora</translation>
    </message>
</context>
<context>
    <name>LanguageActions</name>
    <message>
        <source>Same as the &amp;computer</source>
        <translation>Igual que la &amp;computadora</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Use the language this computer is set to (English when it is not one the app speaks)</source>
        <translation>Usar el idioma de esta computadora (inglés si la aplicación no habla ese idioma)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undone: {0}.</source>
        <translation>Se deshizo: {0}.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;100 %</source>
        <translation>&amp;100 %</translation>
    </message>
    <message>
        <source>1&amp;25 %</source>
        <translation>1&amp;25 %</translation>
    </message>
    <message>
        <source>1&amp;50 %</source>
        <translation>1&amp;50 %</translation>
    </message>
    <message>
        <source>2&amp;00 %</source>
        <translation>2&amp;00 %</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New folder…</source>
        <translation>Carpeta &amp;nueva…</translation>
    </message>
    <message>
        <source>&amp;Open folder…</source>
        <translation>&amp;Abrir una carpeta…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir una &amp;reciente</translation>
    </message>
    <message>
        <source>Open the &amp;demo folder</source>
        <translation>Abrir la carpeta de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimir el resumen…</translation>
    </message>
    <message>
        <source>One page to bring to an appointment</source>
        <translation>Una página para llevar a una cita</translation>
    </message>
    <message>
        <source>&amp;Export folder packet…</source>
        <translation>&amp;Exportar el paquete de la carpeta…</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup &amp;location…</source>
        <translation>&amp;Lugar de las copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Close folder</source>
        <translation>Cerrar la car&amp;peta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Log a call…</source>
        <translation>Anotar una &amp;llamada…</translation>
    </message>
    <message>
        <source>Read &amp;scans that have no text yet</source>
        <translation>Leer los &amp;escaneos que aún no tienen texto</translation>
    </message>
    <message>
        <source>Read again the scanned letters and photos whose words could not be read, so that search finds what they say.</source>
        <translation>Volver a leer las cartas escaneadas y las fotos cuyas palabras no se pudieron leer, para que la búsqueda encuentre lo que dicen.</translation>
    </message>
    <message>
        <source>&amp;Empty the trash…</source>
        <translation>&amp;Vaciar la papelera…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Check this folder</source>
        <translation>&amp;Revisar esta carpeta</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
        <source>No recent folders</source>
        <translation>No hay carpetas recientes</translation>
    </message>
    <message>
        <source>Cop&amp;y this folder to a shared server…</source>
        <translation>Copiar esta carpeta a un servidor co&amp;mpartido…</translation>
    </message>
    <message>
        <source>Save a copy as a &amp;file…</source>
        <translation>Guardar una copia como arc&amp;hivo…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>&amp;Open it to look (read-only)</source>
        <translation>&amp;Abrirla para mirar (solo lectura)</translation>
    </message>
    <message>
        <source>&amp;Restore the newest good backup…</source>
        <translation>&amp;Restaurar la copia de seguridad buena más reciente…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Rebuild the search index</source>
        <translation>&amp;Rehacer el índice de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This folder looks damaged. It was not changed.</source>
        <translation>Esta carpeta parece dañada. No se cambió.</translation>
    </message>
    <message>
        <source>The search index is damaged; your records are fine. Rebuild it?

It is made again from the records, which are not changed. Until then, searching may not find everything.</source>
        <translation>El índice de búsqueda está dañado; sus registros están bien. ¿Quiere rehacerlo?

Se hace de nuevo a partir de los registros, que no se cambian. Mientras tanto, puede que la búsqueda no encuentre todo.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>An organizer for the insurance side of home infusion therapy. It keeps your papers, calls, questions and requests in one folder file on this computer and never connects to the internet.

It organizes; it does not give coverage advice. Always confirm details with the plan and the provider.

Where it keeps its own files (your folders are wherever you saved them):
Settings: {settings}
Log file: {log}
Copies opened in other programs: {copies}
Demo folder: {demo}

Free software under the MIT licence ({licence}).
Made with Python {python}, Qt {qt} (PySide6 {pyside}), PDFium, ReportLab and the DejaVu fonts.</source>
        <translation>Un organizador para la parte del seguro de la terapia de infusión en el hogar. Guarda sus papeles, llamadas, preguntas y solicitudes en un solo archivo de carpeta en esta computadora y nunca se conecta a internet.

Organiza; no es consejo sobre su cobertura. Confirme siempre los detalles con el plan y con el proveedor.

Dónde guarda sus propios archivos (sus carpetas están donde usted las guardó):
Ajustes: {settings}
Archivo de registro: {log}
Copias abiertas en otros programas: {copies}
Carpeta de demostración: {demo}

Software libre bajo la licencia MIT ({licence}).
Hecho con Python {python}, Qt {qt} (PySide6 {pyside}), PDFium, ReportLab y las fuentes DejaVu.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The server cannot be reached right now. Changes you make are kept and will be saved when it is back.</source>
        <translation>Ahora no se puede conectar con el servidor. Los cambios que haga se conservan y se guardarán cuando vuelva la conexión.</translation>
    </message>
    <message>
        <source>Server out of reach</source>
        <translation>Sin conexión con el servidor</translation>
    </message>
    <message>
        <source>&amp;Try now</source>
        <translation>&amp;Intentar ahora</translation>
    </message>
    <message>
        <source>Try to reach the server and save what is kept now</source>
        <translation>Intentar conectar con el servidor y guardar ahora los cambios pendientes</translation>
    </message>
</context>
<context>
    <name>PrintingActions</name>
    <message>
        <source>Saved the folder packet as {0}.</source>
        <translation>Se guardó el paquete de la carpeta como {0}.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>This folder is open for reading only.</source>
        <translation>Esta carpeta está abierta solo para leer.</translation>
    </message>
    <message>
        <source>You can look at everything, but nothing here can be changed.</source>
        <translation>Puede mirar todo, pero aquí no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>Read-only folder</source>
        <translation>Carpeta de solo lectura</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{requests}, {calls}, {documents}</source>
        <translation>{requests}, {calls}, {documents}</translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls</source>
        <translation>
            <numerusform>%n llamada</numerusform>
            <numerusform>%n llamadas</numerusform>
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
        <source>before upgrade</source>
        <translation>antes de actualizar</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>copia de seguridad</translation>
    </message>
    <message>
        <source>before upgrade from {0}</source>
        <translation>antes de actualizar desde {0}</translation>
    </message>
    <message>
        <source>{when} — damaged, cannot be put back. {problem}</source>
        <translation>{when} — dañada, no se puede restaurar. {problem}</translation>
    </message>
    <message>
        <source>{when} — {reason} — {counts}</source>
        <translation>{when} — {reason} — {counts}</translation>
    </message>
    <message>
        <source>The folder will be put back to how it was on {0}. A backup of how it is now is made first. No backup is deleted.</source>
        <translation>La carpeta volverá a quedar como estaba el {0}. Antes se hace una copia de seguridad de cómo está ahora. No se borra ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups of this folder are kept in {0}. Choose the moment to go back to.</source>
        <translation>Las copias de seguridad de esta carpeta se guardan en {0}. Elija el momento al que quiere volver.</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Buscando copias de seguridad…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>The backups could not be listed. {0}</source>
        <translation>No se pudieron mostrar las copias de seguridad. {0}</translation>
    </message>
    <message>
        <source>There are no backups of this folder yet. One is made each day the folder is opened.</source>
        <translation>Todavía no hay copias de seguridad de esta carpeta. Se hace una cada día que abre la carpeta.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>The folder could not be opened to take the pictures. Nothing was changed.</source>
        <translation>No se pudo abrir la carpeta para tomar las imágenes. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Find anything (Ctrl+F): a name, a reference number, a word…</source>
        <translation>Buscar (Ctrl+F): un nombre, un número de referencia, una palabra…</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Results appear beside the tabs as you type. Down and Up choose one, Enter opens it, Escape clears the search.</source>
        <translation>Los resultados aparecen junto a las pestañas mientras escribe. Con las flechas hacia abajo y hacia arriba elige uno, con Enter lo abre y con Escape borra la búsqueda.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear the search (Escape)</source>
        <translation>Borrar la búsqueda (Escape)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Click a result or press Enter to open it.</source>
        <translation>Haga clic en un resultado o presione Enter para abrirlo.</translation>
    </message>
    <message>
        <source>Looking for “{0}”…</source>
        <translation>Buscando “{0}”…</translation>
    </message>
    <message numerus="yes">
        <source>%n found for “{0}”</source>
        <translation>
            <numerusform>%n resultado para “{0}”</numerusform>
            <numerusform>%n resultados para “{0}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para “{0}”.</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>{kind} · page {page}: {title}</source>
        <translation>{kind} · página {page}: {title}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
</context>
<context>
    <name>SharedActions</name>
    <message>
        <source>Open &amp;shared folder…</source>
        <translation>Abrir una carpeta c&amp;ompartida…</translation>
    </message>
    <message>
        <source>Open a folder your care team shares on a server</source>
        <translation>Abrir una carpeta que su equipo de cuidado comparte en un servidor</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>&amp;Who changed what…</source>
        <translation>&amp;Quién cambió qué…</translation>
    </message>
    <message>
        <source>Every change to this shared folder, and who made it</source>
        <translation>Cada cambio de esta carpeta compartida, y quién lo hizo</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <source>Tell whoever looks after the server: its backups can put the folder back.</source>
        <translation>Avise a quien se encarga del servidor: con sus copias de seguridad se puede devolver la carpeta a como estaba.</translation>
    </message>
    <message>
        <source>Backups of a shared folder are made on the server, by whoever looks after it.</source>
        <translation>Las copias de seguridad de una carpeta compartida se hacen en el servidor, y las hace quien se encarga de él.</translation>
    </message>
</context>
<context>
    <name>SharedOpening</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <source>Your password could not be kept in this computer&apos;s password keeper: you will be asked for it next time.</source>
        <translation>Su contraseña no se pudo guardar en el guardián de contraseñas de esta computadora: se le pedirá la próxima vez.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Open a shared folder</source>
        <translation>Abrir una carpeta compartida</translation>
    </message>
    <message>
        <source>A shared folder is kept on your care team&apos;s server. Whoever set up the server can tell you what to write here.</source>
        <translation>Una carpeta compartida se guarda en el servidor de su equipo de cuidado. Quien preparó el servidor puede decirle qué escribir aquí.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>for example db.example.org</source>
        <translation>por ejemplo db.example.org</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>for example brennan</source>
        <translation>por ejemplo brennan</translation>
    </message>
    <message>
        <source>Your name on the server</source>
        <translation>Su nombre en el servidor</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Your &amp;name on the server:</source>
        <translation>Su &amp;nombre en el servidor:</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;Recordar mi contraseña en esta computadora</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s password keeper, never in the app&apos;s settings.</source>
        <translation>Se guarda en el guardián de contraseñas de esta computadora, nunca en la configuración de la aplicación.</translation>
    </message>
    <message>
        <source>The whole address</source>
        <translation>La dirección completa</translation>
    </message>
    <message>
        <source>You will need to type your password each time you open this folder.</source>
        <translation>Tendrá que escribir su contraseña cada vez que abra esta carpeta.</translation>
    </message>
    <message>
        <source>The password you chose (or were given) when you were added to the care team&apos;s server — not your e-mail password.</source>
        <translation>La contraseña que usted eligió (o que recibió) cuando le dieron acceso al servidor del equipo de cuidado, no la contraseña de su correo electrónico.</translation>
    </message>
    <message>
        <source>Which shared folder</source>
        <translation>Qué carpeta compartida</translation>
    </message>
    <message>
        <source>Change the ser&amp;ver details…</source>
        <translation>Cambiar los datos del ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Show the server, the database, the folder and your name on the server, to change them</source>
        <translation>Mostrar el servidor, la base de datos, la carpeta y su nombre en el servidor, para cambiarlos</translation>
    </message>
    <message>
        <source>If you were sent the folder&apos;s whole address, paste it here: the boxes above are filled in from it.</source>
        <translation>Si le enviaron la dirección completa de la carpeta, péguela aquí: las casillas de arriba se llenan con ella.</translation>
    </message>
    <message>
        <source>Or paste the whole &amp;address:</source>
        <translation>O pegue la &amp;dirección completa:</translation>
    </message>
    <message>
        <source>Your password for the shared folder</source>
        <translation>Su contraseña para la carpeta compartida</translation>
    </message>
    <message>
        <source>Your &amp;password for the shared folder:</source>
        <translation>Su c&amp;ontraseña para la carpeta compartida:</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Shared folder “{folder}” on {host}, as {name}</source>
        <translation>Carpeta compartida “{folder}” en {host}, como {name}</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <source>your name on the server</source>
        <translation>su nombre en el servidor</translation>
    </message>
    <message>
        <source>Please fill in {what}.</source>
        <translation>Por favor, complete {what}.</translation>
    </message>
    <message>
        <source>A shared folder&apos;s address starts with postgresql://</source>
        <translation>La dirección de una carpeta compartida empieza con postgresql://</translation>
    </message>
    <message>
        <source>Please type your password.</source>
        <translation>Por favor, escriba su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Status line</source>
        <translation>Línea de estado</translation>
    </message>
    <message>
        <source>What was just done</source>
        <translation>Lo que se acaba de hacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Take back the last change (Ctrl+Z)</source>
        <translation>Deshacer el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Open for reading only: nothing can be changed.</source>
        <translation>Abierta solo para leer: no se puede cambiar nada.</translation>
    </message>
    <message>
        <source>This folder was opened only to look at it. Nothing you do here changes it.</source>
        <translation>Esta carpeta se abrió solo para mirarla. Nada de lo que haga aquí la cambia.</translation>
    </message>
    <message>
        <source>Every change is saved on the server, and everyone who shares this folder sees it.</source>
        <translation>Cada cambio se guarda en el servidor, y todas las personas que comparten esta carpeta lo ven.</translation>
    </message>
    <message>
        <source>Every change is saved as you make it.</source>
        <translation>Cada cambio se guarda en cuanto lo hace.</translation>
    </message>
    <message>
        <source>There is no Save button: everything you type or change is kept on the server at once, for everyone who shares this folder. Deleted things go to the trash and can be brought back with Undo.</source>
        <translation>No hay botón de Guardar: todo lo que escribe o cambia se guarda enseguida en el servidor, para todas las personas que comparten esta carpeta. Lo que borra va a la papelera y se puede recuperar con Deshacer.</translation>
    </message>
    <message>
        <source>There is no Save button: everything you type or change is kept in the folder file at once. Deleted things go to the trash and can be brought back with Undo.</source>
        <translation>No hay botón de Guardar: todo lo que escribe o cambia se guarda enseguida en el archivo de la carpeta. Lo que borra va a la papelera y se puede recuperar con Deshacer.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>MMM d</source>
        <comment>a day of this year</comment>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>a day of another year</comment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>last changed {when} · {where}</source>
        <translation>último cambio: {when} · {where}</translation>
    </message>
    <message>
        <source>Welcome to Infusion Desk</source>
        <translation>Le damos la bienvenida a Infusion Desk</translation>
    </message>
    <message>
        <source>Keep the insurance side of home infusion therapy in one place: letters and other papers, calls and reference numbers, questions to ask, and what each office asked for and what you sent. Everything stays on this computer.</source>
        <translation>Tenga en un solo lugar todo lo del seguro de la terapia de infusión en el hogar: cartas y otros papeles, llamadas y números de referencia, preguntas para hacer, y lo que pidió cada oficina y lo que usted envió. Todo se queda en esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Start a new folder for someone you care for…</source>
        <translation>Empezar una carpeta &amp;nueva para la persona que usted cuida…</translation>
    </message>
    <message>
        <source>One folder for each person. You will be asked for their name.</source>
        <translation>Una carpeta para cada persona. Se le pedirá su nombre.</translation>
    </message>
    <message>
        <source>&amp;Open a folder…</source>
        <translation>Abrir una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open a folder file you or a family member made before.</source>
        <translation>Abrir un archivo de carpeta que usted o un familiar hizo antes.</translation>
    </message>
    <message>
        <source>&amp;Look around with a demo folder</source>
        <translation>&amp;Probar con una carpeta de demostración</translation>
    </message>
    <message>
        <source>A made-up patient with letters, calls and requests, to try things out safely.</source>
        <translation>Un paciente inventado con cartas, llamadas y solicitudes, para probar sin riesgo.</translation>
    </message>
    <message>
        <source>Recent folders</source>
        <translation>Carpetas recientes</translation>
    </message>
    <message>
        <source>{0}
Double-click or press Enter to open it.</source>
        <translation>{0}
Haga doble clic o presione Enter para abrirla.</translation>
    </message>
</context>
</TS>
