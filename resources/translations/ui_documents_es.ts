<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AudienceChoice</name>
    <message>
        <source>What is this page for?</source>
        <translation>¿Para qué es esta página?</translation>
    </message>
    <message>
        <source>A &amp;visit with the doctor</source>
        <translation>Una &amp;visita con el médico</translation>
    </message>
    <message>
        <source>A &amp;call with the insurance plan</source>
        <translation>Una &amp;llamada con el plan de seguro</translation>
    </message>
    <message>
        <source>The home infusion p&amp;harmacy</source>
        <translation>La &amp;farmacia de infusión en el hogar</translation>
    </message>
    <message>
        <source>&amp;Everything, in brief</source>
        <translation>&amp;Todo, en resumen</translation>
    </message>
    <message>
        <source>Which doctor</source>
        <translation>Qué médico</translation>
    </message>
    <message>
        <source>The prescriber: {0}</source>
        <translation>El médico que receta: {0}</translation>
    </message>
    <message>
        <source>The prescriber</source>
        <translation>El médico que receta</translation>
    </message>
    <message>
        <source>Which plan</source>
        <translation>Qué plan</translation>
    </message>
    <message>
        <source>Every plan</source>
        <translation>Todos los planes</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Where the text came from</source>
        <translation>De dónde salió el texto</translation>
    </message>
    <message>
        <source>See the words read from the picture.</source>
        <translation>Vea las palabras leídas de la imagen.</translation>
    </message>
    <message>
        <source>Choose a document in the list to see it here.</source>
        <translation>Elija un documento de la lista para verlo aquí.</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>Date on the letter</source>
        <translation>Fecha de la carta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Coverage step</source>
        <translation>Paso de la cobertura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Editar los &amp;detalles…</translation>
    </message>
    <message>
        <source>Edit the document&apos;s details</source>
        <translation>Editar los detalles del documento</translation>
    </message>
    <message>
        <source>Change the title, what it is, its dates, who sent it and your notes. The file itself never changes.</source>
        <translation>Cambie el título, qué es, sus fechas, quién lo envió y sus notas. El archivo en sí nunca cambia.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the document</source>
        <translation>Eliminar el documento</translation>
    </message>
    <message>
        <source>Move this document to the trash. Undo brings it back.</source>
        <translation>Mover este documento a la papelera. Deshacer lo trae de vuelta.</translation>
    </message>
    <message>
        <source>File this le&amp;tter…</source>
        <translation>Arc&amp;hivar esta carta…</translation>
    </message>
    <message>
        <source>See the letter beside what it seems to say, and update the prior authorization or add a request from it.</source>
        <translation>Vea la carta junto a lo que parece decir, y actualice la autorización previa o agregue una solicitud a partir de ella.</translation>
    </message>
    <message>
        <source>Sent with these requests</source>
        <translation>Enviado con estas solicitudes</translation>
    </message>
    <message>
        <source>Requests this document was sent for</source>
        <translation>Solicitudes para las que se envió este documento</translation>
    </message>
    <message>
        <source>Not sent with any request yet. To note that you sent it, drag it onto the request on the Requests tab, or open the request and use “Mark as sent…”.</source>
        <translation>Todavía no se envió con ninguna solicitud. Para anotar que lo envió, arrástrelo a la solicitud en la pestaña Solicitudes, o abra la solicitud y use “Marcar como enviado…”.</translation>
    </message>
    <message>
        <source>Show the te&amp;xt…</source>
        <translation>Ver el te&amp;xto…</translation>
    </message>
    <message>
        <source>&amp;Correct the text…</source>
        <translation>&amp;Corregir el texto…</translation>
    </message>
    <message>
        <source>See the words read from the picture of this page and put right what was misread. Search then finds your words.</source>
        <translation>Vea las palabras leídas de la imagen de esta página y corrija lo que se leyó mal. Así la búsqueda encuentra sus palabras.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Being read: its pages and words come in a moment…</source>
        <translation>Se está leyendo: sus páginas y palabras aparecen en un momento…</translation>
    </message>
    <message>
        <source>Waiting to be read…</source>
        <translation>Esperando para leerse…</translation>
    </message>
    <message>
        <source>Text read from the picture; check it against the letter</source>
        <translation>Texto leído de la imagen; compárelo con la carta</translation>
    </message>
    <message>
        <source>The text was typed or corrected by you.</source>
        <translation>Usted escribió o corrigió este texto.</translation>
    </message>
    <message>
        <source>No words could be read on this picture.</source>
        <translation>No se pudo leer ninguna palabra en esta imagen.</translation>
    </message>
    <message>
        <source>This scan could not be read; it is kept as it is.</source>
        <translation>No se pudo leer este escaneo; se guarda tal como está.</translation>
    </message>
    <message>
        <source>{what} — {state}, {sent}</source>
        <translation>{what} — {state}, {sent}</translation>
    </message>
    <message>
        <source>{what} — {state}</source>
        <translation>{what} — {state}</translation>
    </message>
    <message>
        <source>Click or press Enter to open this request.</source>
        <translation>Haga clic o presione Enter para abrir esta solicitud.</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and try again.</source>
        <translation>No se pudo poner en marcha la impresora. Revise que esté encendida y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Opened a copy of “{name}”. Changes made there are not saved in the folder.</source>
        <translation>Se abrió una copia de “{name}”. Los cambios que haga allí no se guardan en la carpeta.</translation>
    </message>
    <message>
        <source>No program on this computer opens this kind of file. Use “Save a copy…” and open it from there.</source>
        <translation>Ningún programa de esta computadora abre este tipo de archivo. Use “Guardar una copia…” y ábralo desde allí.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>The copy could not be saved in {place}. Check that the disk is not full and that you may save there, or choose another place.</source>
        <translation>No se pudo guardar la copia en {place}. Revise que el disco no esté lleno y que pueda guardar allí, o elija otro lugar.</translation>
    </message>
    <message>
        <source>Saved a copy as {name}.</source>
        <translation>Se guardó una copia como {name}.</translation>
    </message>
    <message>
        <source>Print “{name}”</source>
        <translation>Imprimir “{name}”</translation>
    </message>
    <message>
        <source>Printing “{name}”…</source>
        <translation>Imprimiendo “{name}”…</translation>
    </message>
    <message numerus="yes">
        <source>Sent “{title}” to the printer (%n pages).</source>
        <translation>
            <numerusform>Se envió “{title}” a la impresora (%n página).</numerusform>
            <numerusform>Se envió “{title}” a la impresora (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” could not be printed. Try “Open with…” and print it from there.</source>
        <translation>No se pudo imprimir “{title}”. Pruebe “Abrir con…” e imprímalo desde allí.</translation>
    </message>
</context>
<context>
    <name>DocumentList</name>
    <message>
        <source>No documents yet. Drag scanned letters or photos onto this window, or click Add documents…</source>
        <translation>Todavía no hay documentos. Arrastre cartas escaneadas o fotos a esta ventana, o haga clic en Agregar documentos…</translation>
    </message>
    <message>
        <source>Add scanned letters, photos, PDFs or emails from this computer. You can also drag them onto this window, or paste a copied picture with Ctrl+V.</source>
        <translation>Agregue cartas escaneadas, fotos, archivos PDF o correos electrónicos de esta computadora. También puede arrastrarlos a esta ventana, o pegar una imagen copiada con Ctrl+V.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Being read…</source>
        <translation>Leyéndose…</translation>
    </message>
    <message>
        <source>It is still being read: its pages, its words and what kind of paper it is come in a moment.</source>
        <translation>Todavía se está leyendo: sus páginas, sus palabras y qué tipo de papel es aparecen en un momento.</translation>
    </message>
    <message>
        <source>{title}
File: {file}</source>
        <translation>{title}
Archivo: {file}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What kind of paper it is. {eob}</source>
        <translation>Qué tipo de papel es. {eob}</translation>
    </message>
    <message>
        <source>Date on letter</source>
        <translation>Fecha de la carta</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Págs.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Every document in the folder, newest first: its title and what kind of paper it is. The chosen one&apos;s details are below the list.</source>
        <translation>Todos los documentos de la carpeta, del más nuevo al más antiguo: su título y qué tipo de papel es. Los detalles del elegido están debajo de la lista.</translation>
    </message>
    <message>
        <source>Columns of the list of documents</source>
        <translation>Columnas de la lista de documentos</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>To add the PDFs and pictures inside as documents of their own, choose “Add the files inside”.</source>
        <translation>Para agregar los PDF e imágenes que contiene como documentos separados, elija “Agregar los archivos de adentro”.</translation>
    </message>
    <message>
        <source>The document&apos;s text</source>
        <translation>El texto del documento</translation>
    </message>
    <message>
        <source>The page</source>
        <translation>La página</translation>
    </message>
    <message>
        <source>About this document</source>
        <translation>Sobre este documento</translation>
    </message>
    <message>
        <source>Open &amp;with…</source>
        <translation>Abrir co&amp;n…</translation>
    </message>
    <message>
        <source>Open a copy with the program this computer uses for it.</source>
        <translation>Abrir una copia con el programa que usa esta computadora para este tipo de archivo.</translation>
    </message>
    <message>
        <source>This file can be opened but not previewed.</source>
        <translation>Este archivo se puede abrir, pero no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>This file could not be previewed. It is saved in the folder, and you can still open it with the program you normally use for it.</source>
        <translation>No se pudo mostrar este archivo. Está guardado en la carpeta, y todavía puede abrirlo con el programa que usa normalmente.</translation>
    </message>
    <message>
        <source>This page could not be shown. The document is saved in the folder, and you can still open it with the program you normally use for it.</source>
        <translation>No se pudo mostrar esta página. El documento está guardado en la carpeta, y todavía puede abrirlo con el programa que usa normalmente.</translation>
    </message>
    <message>
        <source>There is no text to show in this document.</source>
        <translation>Este documento no tiene texto para mostrar.</translation>
    </message>
    <message>
        <source>Getting the page ready…</source>
        <translation>Preparando la página…</translation>
    </message>
    <message>
        <source>Page {number} of {count} of {title}</source>
        <translation>Página {number} de {count} de {title}</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Add documents…</source>
        <translation>A&amp;gregar documentos…</translation>
    </message>
    <message>
        <source>…or drag files onto this window, or paste a picture with Ctrl+V.</source>
        <translation>…o arrastre archivos a esta ventana, o pegue una imagen con Ctrl+V.</translation>
    </message>
    <message>
        <source>That document is no longer in the folder. It may be in the trash.</source>
        <translation>Ese documento ya no está en la carpeta. Puede estar en la papelera.</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>el documento</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Agregar documentos</translation>
    </message>
    <message>
        <source>Letters, scans and photos ({patterns});;All files (*)</source>
        <translation>Cartas, escaneos y fotos ({patterns});;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>DroppedFiles</name>
    <message>
        <source>A dropped item</source>
        <translation>Un elemento soltado</translation>
    </message>
    <message>
        <source>{name}: only files on this computer can be added. Save it to this computer first (for example in Downloads), then drag it here.</source>
        <translation>{name}: solo se pueden agregar archivos que estén en esta computadora. Guárdelo primero en esta computadora (por ejemplo, en Descargas) y luego arrástrelo aquí.</translation>
    </message>
</context>
<context>
    <name>FileLetterDialog</name>
    <message>
        <source>Reading the letter…</source>
        <translation>Leyendo la carta…</translation>
    </message>
    <message>
        <source>About the letter</source>
        <translation>Sobre la carta</translation>
    </message>
    <message>
        <source>File this letter</source>
        <translation>Archivar esta carta</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>La carta</translation>
    </message>
    <message>
        <source>◀ P&amp;revious letter</source>
        <translation>◀ Carta &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt letter ▶</source>
        <translation>Carta s&amp;iguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close. What you filed is saved; what you did not click is not.</source>
        <translation>Cerrar. Lo que archivó queda guardado; lo que no hizo clic, no.</translation>
    </message>
    <message>
        <source>Letter {0} of {1}</source>
        <translation>Carta {0} de {1}</translation>
    </message>
    <message>
        <source>File this letter: {0}</source>
        <translation>Archivar esta carta: {0}</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Adding {number} of {total}: {name}</source>
        <translation>Agregando {number} de {total}: {name}</translation>
    </message>
    <message>
        <source>Added {done} of {total}.</source>
        <translation>Se agregaron {done} de {total}.</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Agregando…</translation>
    </message>
    <message numerus="yes">
        <source>{progress} — %n more drops waiting</source>
        <translation>
            <numerusform>{progress} — %n grupo más en espera</numerusform>
            <numerusform>{progress} — %n grupos más en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding documents</source>
        <translation>Agregando documentos</translation>
    </message>
    <message>
        <source>Stop adding documents after the file being added now. The ones already added stay in the folder.</source>
        <translation>Dejar de agregar documentos después del archivo que se está agregando ahora. Los que ya se agregaron se quedan en la carpeta.</translation>
    </message>
    <message>
        <source>Stopping after the file being added now…</source>
        <translation>Se detendrá después del archivo que se está agregando ahora…</translation>
    </message>
</context>
<context>
    <name>ImportQueue</name>
    <message>
        <source>There was nothing to add.</source>
        <translation>No había nada para agregar.</translation>
    </message>
    <message>
        <source>This folder is open read-only, so nothing can be added to it.</source>
        <translation>Esta carpeta está abierta en solo lectura, así que no se le puede agregar nada.</translation>
    </message>
    <message>
        <source>The archive</source>
        <translation>El archivo comprimido</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Something went wrong while adding the documents. Nothing was lost: the files listed here are in the folder. The details were written to the app&apos;s log.</source>
        <translation>Algo salió mal al agregar los documentos. No se perdió nada: los archivos de esta lista están en la carpeta. Los detalles quedaron anotados en el registro de la aplicación.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n files were not added, because you pressed Cancel. Drop them again to add them.</source>
        <translation>
            <numerusform>Detenido: %n archivo no se agregó porque usted presionó Cancelar. Suéltelo otra vez para agregarlo.</numerusform>
            <numerusform>Detenido: %n archivos no se agregaron porque usted presionó Cancelar. Suéltelos otra vez para agregarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n other drops that were waiting were not added either.</source>
        <translation>
            <numerusform>Tampoco se agregó el otro grupo de archivos que estaba en espera.</numerusform>
            <numerusform>Tampoco se agregaron los %n grupos de archivos que estaban en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se agregó nada.</translation>
    </message>
    <message numerus="yes">
        <source>{summary} %n files are saved with the request “{request}”.</source>
        <translation>
            <numerusform>{summary} Quedó guardado con la solicitud “{request}”.</numerusform>
            <numerusform>{summary} %n archivos quedaron guardados con la solicitud “{request}”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding documents</source>
        <translation>Agregando documentos</translation>
    </message>
    <message>
        <source>How each file went</source>
        <translation>Cómo le fue a cada archivo</translation>
    </message>
    <message>
        <source>{summary} Saved with the request “{request}”.</source>
        <translation>{summary} Guardado con la solicitud “{request}”.</translation>
    </message>
</context>
<context>
    <name>LedgerDrop</name>
    <message>
        <source>Did you send it?</source>
        <translation>¿Lo envió?</translation>
    </message>
    <message>
        <source>Did you send “{request}” today, with what you just added?</source>
        <translation>¿Envió “{request}” hoy, con lo que acaba de agregar?</translation>
    </message>
    <message>
        <source>What you added stays with this request whatever you choose.</source>
        <translation>Lo que agregó se queda con esta solicitud, elija lo que elija.</translation>
    </message>
    <message>
        <source>&amp;Yes, I sent it today</source>
        <translation>&amp;Sí, lo envié hoy</translation>
    </message>
    <message>
        <source>I sent it &amp;another day…</source>
        <translation>Lo envié &amp;otro día…</translation>
    </message>
    <message>
        <source>&amp;Not sent yet</source>
        <translation>&amp;Todavía no lo envié</translation>
    </message>
    <message>
        <source>Saved with “{request}”. It is not marked as sent yet.</source>
        <translation>Guardado con “{request}”. Todavía no está marcado como enviado.</translation>
    </message>
</context>
<context>
    <name>LetterDeadline</name>
    <message>
        <source>A deadline from this letter</source>
        <translation>Una fecha límite de esta carta</translation>
    </message>
    <message>
        <source>The deadline from this letter</source>
        <translation>La fecha límite de esta carta</translation>
    </message>
    <message>
        <source>It is also on the Overview, under Deadlines, where you can change it or mark it done.</source>
        <translation>También aparece en Inicio, en Fechas límite, donde puede cambiarla o marcarla como hecha.</translation>
    </message>
    <message>
        <source>Deadlines from this letter</source>
        <translation>Fechas límite de esta carta</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Date on the letter</source>
        <translation>Fecha de la carta</translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation>Aprobado desde</translation>
    </message>
    <message>
        <source>Approved through</source>
        <translation>Aprobado hasta</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Below is what the letter seems to say. Check each line against the letter on the left. Nothing is saved until you click one of the buttons that says Save, Update or Add.</source>
        <translation>Abajo está lo que la carta parece decir. Compare cada línea con la carta de la izquierda. No se guarda nada hasta que haga clic en uno de los botones que dicen Guardar, Actualizar o Agregar.</translation>
    </message>
    <message>
        <source>No text has been read from this letter yet, so nothing could be filled in. Type what it says, looking at the picture on the left.</source>
        <translation>Todavía no se ha leído texto de esta carta, así que no se pudo llenar nada. Escriba lo que dice, mirando la imagen de la izquierda.</translation>
    </message>
    <message>
        <source>This folder is open for reading only, so nothing can be filed.</source>
        <translation>Esta carpeta está abierta solo para leer, así que no se puede archivar nada.</translation>
    </message>
    <message>
        <source>What this letter is</source>
        <translation>Qué es esta carta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>&amp;Save these details</source>
        <translation>&amp;Guardar estos datos</translation>
    </message>
    <message>
        <source>Keep the title, what it is, who sent it and its date with the letter.</source>
        <translation>Guardar con la carta el título, qué es, quién la envió y su fecha.</translation>
    </message>
    <message>
        <source>Prior authorization</source>
        <translation>Autorización previa</translation>
    </message>
    <message>
        <source>Prior authorization: the plan&apos;s OK, asked for before a drug or service is given.</source>
        <translation>Autorización previa: el visto bueno del plan, que se pide antes de dar un medicamento o servicio.</translation>
    </message>
    <message>
        <source>Which prior authorization</source>
        <translation>Qué autorización previa</translation>
    </message>
    <message>
        <source>Choose which one…</source>
        <translation>Elija cuál…</translation>
    </message>
    <message>
        <source>A new prior authorization</source>
        <translation>Una autorización previa nueva</translation>
    </message>
    <message>
        <source>The letter does not make clear which prior authorization it is about. Choose it to update it.</source>
        <translation>La carta no deja claro de qué autorización previa se trata. Elíjala para actualizarla.</translation>
    </message>
    <message>
        <source>Which one</source>
        <translation>Cuál</translation>
    </message>
    <message>
        <source>Authorization number</source>
        <translation>Número de autorización</translation>
    </message>
    <message>
        <source>How much was approved</source>
        <translation>Cuánto se aprobó</translation>
    </message>
    <message>
        <source>e.g. 42 doses</source>
        <translation>p. ej., 42 dosis</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>&amp;Update the prior authorization</source>
        <translation>Act&amp;ualizar la autorización previa</translation>
    </message>
    <message>
        <source>Write the number, the approved dates and the decision on it, and keep this letter with it.</source>
        <translation>Anotar en ella el número, las fechas aprobadas y la decisión, y guardar esta carta con ella.</translation>
    </message>
    <message>
        <source>What the letter asks for</source>
        <translation>Lo que pide la carta</translation>
    </message>
    <message>
        <source>What they asked for</source>
        <translation>Lo que pidieron</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Quién lo pidió</translation>
    </message>
    <message>
        <source>e.g. Clinical notes from the doctor</source>
        <translation>p. ej., notas clínicas del médico</translation>
    </message>
    <message>
        <source>&amp;Add a request</source>
        <translation>Agregar una &amp;solicitud</translation>
    </message>
    <message>
        <source>Add this to the Requests tab, so you can track what you send and when.</source>
        <translation>Agregar esto a la pestaña Solicitudes, para llevar la cuenta de lo que envía y cuándo.</translation>
    </message>
    <message>
        <source>A question to ask</source>
        <translation>Una pregunta para hacer</translation>
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
        <source>e.g. What do you still need from the doctor?</source>
        <translation>p. ej., ¿Qué más necesitan del médico?</translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation>Agregar una &amp;pregunta</translation>
    </message>
    <message>
        <source>Add it to the Questions tab, to ask on your next call.</source>
        <translation>Agregarla a la pestaña Preguntas, para hacerla en su próxima llamada.</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>También:</translation>
    </message>
    <message>
        <source>Show: {0}</source>
        <translation>Mostrar: {0}</translation>
    </message>
    <message>
        <source>First choose which prior authorization this letter is about.</source>
        <translation>Primero elija de qué autorización previa trata esta carta.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Denial</source>
        <translation>Denegación</translation>
    </message>
    <message>
        <source>Request for information</source>
        <translation>Pedido de información</translation>
    </message>
    <message>
        <source>Explanation of benefits (not a bill)</source>
        <translation>Explicación de beneficios (no es una factura)</translation>
    </message>
    <message>
        <source>Medicare Summary Notice (not a bill)</source>
        <translation>Resumen de Medicare (Medicare Summary Notice, no es una factura)</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Other letter</source>
        <translation>Otra carta</translation>
    </message>
    <message>
        <source>{0} from {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>This letter asks for something to be sent, from {0}.</source>
        <translation>Esta carta pide que se envíe algo, de parte de {0}.</translation>
    </message>
    <message>
        <source>This letter looks like an approval.</source>
        <translation>Esta carta parece una aprobación.</translation>
    </message>
    <message>
        <source>This letter says something was denied.</source>
        <translation>Esta carta dice que algo fue denegado.</translation>
    </message>
    <message>
        <source>This letter asks for something to be sent.</source>
        <translation>Esta carta pide que se envíe algo.</translation>
    </message>
    <message>
        <source>This looks like an explanation of benefits. It is not a bill.</source>
        <translation>Esto parece una explicación de beneficios. No es una factura.</translation>
    </message>
    <message>
        <source>This looks like a Medicare Summary Notice. It is not a bill.</source>
        <translation>Esto parece un Resumen de Medicare (Medicare Summary Notice). No es una factura.</translation>
    </message>
    <message>
        <source>This looks like a bill.</source>
        <translation>Esto parece una factura.</translation>
    </message>
    <message>
        <source>We could not tell what kind of letter this is.</source>
        <translation>No pudimos saber qué tipo de carta es.</translation>
    </message>
    <message>
        <source>Un&amp;do</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>Take back what this button just did.</source>
        <translation>Deshacer lo que este botón acaba de hacer.</translation>
    </message>
    <message>
        <source>Taken back. Nothing from this part was kept.</source>
        <translation>Deshecho. No se guardó nada de esta parte.</translation>
    </message>
    <message>
        <source>— this date has passed</source>
        <translation>— esta fecha ya pasó</translation>
    </message>
    <message>
        <source>The approval ends on {0}{1}</source>
        <translation>La aprobación termina el {0}{1}</translation>
    </message>
    <message>
        <source>Date to watch, from the letter: {0}{1} (the letter says: “{2}”)</source>
        <translation>Fecha a tener en cuenta, según la carta: {0}{1} (la carta dice: “{2}”)</translation>
    </message>
    <message>
        <source>A time the letter sets: “{0}” (there is no date on the letter to count from)</source>
        <translation>Un plazo que fija la carta: “{0}” (la carta no tiene fecha desde la cual contar)</translation>
    </message>
    <message>
        <source>matches the member ID of the {0} plan</source>
        <translation>coincide con el número de miembro del plan {0}</translation>
    </message>
    <message>
        <source>not one of the member IDs in this folder: check it</source>
        <translation>no es uno de los números de miembro de esta carpeta: revíselo</translation>
    </message>
    <message>
        <source>Member ID on the letter: {0} ({1})</source>
        <translation>Número de miembro en la carta: {0} ({1})</translation>
    </message>
    <message>
        <source>Case, claim or reference numbers: {0}</source>
        <translation>Números de caso, de reclamo o de referencia: {0}</translation>
    </message>
    <message>
        <source>Drug or service: {0}</source>
        <translation>Medicamento o servicio: {0}</translation>
    </message>
</context>
<context>
    <name>PacketExport</name>
    <message>
        <source>Export folder packet</source>
        <translation>Exportar el paquete de la carpeta</translation>
    </message>
    <message>
        <source>The packet is one PDF with everything in the folder: the patient, plans, steps, every request, call and question, and the list of documents.</source>
        <translation>El paquete es un solo PDF con todo lo que hay en la carpeta: el paciente, los planes, los pasos, cada solicitud, llamada y pregunta, y la lista de documentos.</translation>
    </message>
    <message>
        <source>Also add every stored letter, scan and photo at the end</source>
        <translation>Agregar también al final cada carta, escaneo y foto guardados</translation>
    </message>
    <message>
        <source>Folder packet for {patient} {day}.pdf</source>
        <translation>Paquete de la carpeta de {patient} {day}.pdf</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>Save the packet as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the folder packet…</source>
        <translation>Preparando el paquete de la carpeta…</translation>
    </message>
    <message>
        <source>The packet could not be saved there ({0}). Try another place, like your Documents folder.</source>
        <translation>No se pudo guardar el paquete allí ({0}). Pruebe otro lugar, como su carpeta Documentos.</translation>
    </message>
    <message>
        <source>The packet could not be made. Nothing in the folder was changed.</source>
        <translation>No se pudo preparar el paquete. No se cambió nada en la carpeta.</translation>
    </message>
</context>
<context>
    <name>PageControls</name>
    <message>
        <source>P&amp;revious</source>
        <translation>Ante&amp;rior</translation>
    </message>
    <message>
        <source>Show the page before this one</source>
        <translation>Mostrar la página anterior</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Show the page after this one</source>
        <translation>Mostrar la página siguiente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Make the page smaller</source>
        <translation>Achicar la página</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Tamaño de la página</translation>
    </message>
    <message>
        <source>How large the page is shown (100 % is about its real size)</source>
        <translation>Qué tan grande se muestra la página (100 % es más o menos su tamaño real)</translation>
    </message>
    <message>
        <source>Make the page larger</source>
        <translation>Agrandar la página</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit to &amp;width</source>
        <translation>Ajustar al a&amp;ncho</translation>
    </message>
    <message>
        <source>Make the page as wide as this space</source>
        <translation>Hacer la página tan ancha como este espacio</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Página {number} de {count}</translation>
    </message>
</context>
<context>
    <name>PasteDocuments</name>
    <message>
        <source>There is no picture or file to paste. Copy a picture or a file first, then press Ctrl+V here.</source>
        <translation>No hay ninguna imagen ni archivo para pegar. Primero copie una imagen o un archivo y luego presione Ctrl+V aquí.</translation>
    </message>
    <message>
        <source>Pasted picture {when}.png</source>
        <translation>Imagen pegada {when}.png</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Print this document.</source>
        <translation>Imprimir este documento.</translation>
    </message>
    <message>
        <source>This file cannot be printed from here. Use “Open with…” and print it from that program.</source>
        <translation>Este archivo no se puede imprimir desde aquí. Use “Abrir con…” e imprímalo desde ese programa.</translation>
    </message>
    <message>
        <source>&amp;Open with…</source>
        <translation>A&amp;brir con…</translation>
    </message>
    <message>
        <source>Open a copy with the program this computer uses for this kind of file (to zoom, print or send it from there).</source>
        <translation>Abrir una copia con el programa que usa esta computadora para este tipo de archivo (para ampliarlo, imprimirlo o enviarlo desde allí).</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Guardar una c&amp;opia…</translation>
    </message>
    <message>
        <source>Save the file exactly as it was added, for example to email it or put it on a USB stick.</source>
        <translation>Guardar el archivo tal como se agregó, por ejemplo para enviarlo por correo electrónico o pasarlo a una memoria USB.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Add the files &amp;inside</source>
        <translation>Agregar los archivos de aden&amp;tro</translation>
    </message>
    <message>
        <source>Add each PDF and picture inside this ZIP archive as a document of its own. The archive itself stays as it is.</source>
        <translation>Agregar cada PDF e imagen de este archivo ZIP como un documento separado. El archivo ZIP se queda como está.</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Vista del documento</translation>
    </message>
</context>
<context>
    <name>ReadNote</name>
    <message>
        <source>made from what the letter says</source>
        <translation>armado con lo que dice la carta</translation>
    </message>
    <message>
        <source>Put together from what the letter seems to be and who sent it. Change it as you like.</source>
        <translation>Armado según lo que parece ser la carta y quién la envió. Cámbielo como quiera.</translation>
    </message>
    <message>
        <source>guessed from the file name</source>
        <translation>deducido del nombre del archivo</translation>
    </message>
    <message>
        <source>No date was found on the letter itself. This one comes from the file&apos;s name: “{0}”. Check it against the letter.</source>
        <translation>No se encontró ninguna fecha en la carta. Esta sale del nombre del archivo: “{0}”. Compárela con la carta.</translation>
    </message>
    <message>
        <source>read from the letter</source>
        <translation>leído de la carta</translation>
    </message>
    <message>
        <source>The letter says: “{0}”</source>
        <translation>La carta dice: “{0}”</translation>
    </message>
    <message>
        <source>changed by you</source>
        <translation>cambiado por usted</translation>
    </message>
</context>
<context>
    <name>ScanReading</name>
    <message>
        <source>Reading the scanned letters…</source>
        <translation>Leyendo las cartas escaneadas…</translation>
    </message>
    <message>
        <source>Scanned letters cannot be read on this computer, so their words are not searched. They are kept as they are.</source>
        <translation>Las cartas escaneadas no se pueden leer en esta computadora, así que sus palabras no se incluyen en las búsquedas. Se guardan tal como están.</translation>
    </message>
    <message>
        <source>Every scanned letter has been read.</source>
        <translation>Ya se leyeron todas las cartas escaneadas.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the documents just added… %n to go</source>
        <translation>
            <numerusform>Leyendo los documentos recién agregados… falta %n</numerusform>
            <numerusform>Leyendo los documentos recién agregados… faltan %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the letter… page {page} of {pages} (%n letters waiting)</source>
        <translation>
            <numerusform>Leyendo la carta… página {page} de {pages} (%n carta en espera)</numerusform>
            <numerusform>Leyendo la carta… página {page} de {pages} (%n cartas en espera)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the letter… page {page} of {pages}</source>
        <translation>Leyendo la carta… página {page} de {pages}</translation>
    </message>
    <message>
        <source>Reading the scanned letters again, in the background.</source>
        <translation>Leyendo otra vez las cartas escaneadas, mientras usted sigue trabajando.</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Print summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>One page to bring along, made for the meeting you choose: what that meeting needs comes first.</source>
        <translation>Una página para llevar, hecha para la reunión que usted elija: primero va lo que esa reunión necesita.</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Making the page…</source>
        <translation>Preparando la página…</translation>
    </message>
    <message>
        <source>Preview of the printed page</source>
        <translation>Vista de la página impresa</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>The page is ready, but it could not be shown here. You can still print it or save it as a PDF.</source>
        <translation>La página está lista, pero no se pudo mostrar aquí. Igual puede imprimirla o guardarla como PDF.</translation>
    </message>
    <message>
        <source>The summary could not be made. Nothing in the folder was changed.</source>
        <translation>No se pudo preparar el resumen. No se cambió nada en la carpeta.</translation>
    </message>
    <message>
        <source>Summary for {patient} ({meeting}) {day}.pdf</source>
        <translation>Resumen de {patient} ({meeting}) {day}.pdf</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>el paciente</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved there ({reason}). Try another place, like your Documents folder.</source>
        <translation>No se pudo guardar el PDF allí ({reason}). Pruebe otro lugar, como su carpeta Documentos.</translation>
    </message>
    <message>
        <source>Infusion Desk summary</source>
        <translation>Resumen de Infusion Desk</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Clear the field</source>
        <translation>Borrar el campo</translation>
    </message>
</context>
</TS>
