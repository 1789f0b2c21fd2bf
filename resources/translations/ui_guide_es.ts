<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>Guide</name>
    <message>
        <source>Guide: getting home infusion covered</source>
        <translation>Guía: cómo lograr que le cubran la infusión en el hogar</translation>
    </message>
    <message>
        <source>General information, not coverage advice. Your plan and your care team have the final word on what is covered.</source>
        <translation>Información general, no es consejo sobre su cobertura. Su plan y su equipo médico tienen la última palabra sobre lo que se cubre.</translation>
    </message>
    <message>
        <source>Most people go through the same few steps before home infusion therapy is covered. Knowing them helps you see where things stand and what to ask next.</source>
        <translation>Casi todas las personas pasan por los mismos pasos antes de que se cubra la terapia de infusión en el hogar. Conocerlos le ayuda a ver en qué punto está todo y qué preguntar después.</translation>
    </message>
    <message>
        <source>The usual steps</source>
        <translation>Los pasos de siempre</translation>
    </message>
    <message>
        <source>1. Benefits verification</source>
        <translation>1. Verificación de beneficios</translation>
    </message>
    <message>
        <source>Someone, usually the infusion provider or the pharmacy, asks your plan what it covers for this therapy, what you may have to pay (copay, deductible, coinsurance), and whether anything must be approved first.</source>
        <translation>Alguien, por lo general el proveedor de infusión o la farmacia, le pregunta a su plan qué cubre de esta terapia, cuánto podría pagar usted (copago, deducible, coseguro) y si hace falta aprobar algo antes.</translation>
    </message>
    <message>
        <source>2. Prior authorization</source>
        <translation>2. Autorización previa</translation>
    </message>
    <message>
        <source>Some plans must approve the therapy before they pay for it. The prescriber’s office sends the plan the clinical papers (notes, the diagnosis, the order) and the plan decides. An approval covers set dates and often has to be renewed before it ends.</source>
        <translation>Algunos planes tienen que aprobar la terapia antes de pagarla. El consultorio del médico que receta le envía al plan los papeles clínicos (notas, el diagnóstico, la orden) y el plan decide. Una aprobación cubre ciertas fechas y muchas veces hay que renovarla antes de que termine.</translation>
    </message>
    <message>
        <source>3. Provider coordination</source>
        <translation>3. Coordinación con los proveedores</translation>
    </message>
    <message>
        <source>The prescriber, the infusion pharmacy, the nurses and the plan all need the same information, and it has to match. When one of them is waiting for a paper from another, everything waits.</source>
        <translation>El médico que receta, la farmacia de infusión, las enfermeras y el plan necesitan la misma información, y tiene que coincidir. Cuando uno de ellos espera un papel de otro, todo se detiene.</translation>
    </message>
    <message>
        <source>What slows things down</source>
        <translation>Lo que retrasa las cosas</translation>
    </message>
    <message>
        <source>A paper is missing</source>
        <translation>Falta un papel</translation>
    </message>
    <message>
        <source>The plan often asks for more clinical notes or one more detail. Ask the prescriber’s office whether they have sent what was asked for, and on what date.</source>
        <translation>Muchas veces el plan pide más notas clínicas o algún dato más. Pregunte en el consultorio del médico que receta si ya enviaron lo que se pidió, y en qué fecha.</translation>
    </message>
    <message>
        <source>Details do not match, or they changed</source>
        <translation>Los datos no coinciden, o cambiaron</translation>
    </message>
    <message>
        <source>If the dose, the schedule or how long the therapy lasts changes, the plan may need to look at it again. Check these basics early.</source>
        <translation>Si cambia la dosis, el horario o cuánto dura la terapia, es posible que el plan tenga que revisarla otra vez. Confirme estos datos básicos desde el principio.</translation>
    </message>
    <message>
        <source>Nobody knows whom to call</source>
        <translation>Nadie sabe a quién llamar</translation>
    </message>
    <message>
        <source>For each place, write down the person or department that handles coverage and their direct number in People to call.</source>
        <translation>Para cada lugar, anote en Contactos la persona o el departamento que se encarga de la cobertura y su número directo.</translation>
    </message>
    <message>
        <source>An approval runs out</source>
        <translation>Una aprobación se vence</translation>
    </message>
    <message>
        <source>Note the last approved day, and ask for the renewal of the authorization well before it.</source>
        <translation>Anote el último día aprobado y pida la renovación de la autorización con bastante tiempo antes.</translation>
    </message>
    <message>
        <source>When you feel stuck, ask three questions</source>
        <translation>Cuando sienta que el trámite no avanza, haga tres preguntas</translation>
    </message>
    <message>
        <source>Ask them of whoever things are waiting on: the plan, the prescriber’s office or the pharmacy.</source>
        <translation>Hágaselas a quien tenga pendiente el trámite: el plan, el consultorio del médico que receta o la farmacia.</translation>
    </message>
    <message>
        <source>Write the answers down with the date and the name of the person you spoke with, so you never have to start over.</source>
        <translation>Anote las respuestas con la fecha y el nombre de la persona con quien habló, para no tener que empezar de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Add these questions to my list…</source>
        <translation>&amp;Agregar estas preguntas a mi lista…</translation>
    </message>
    <message>
        <source>Adds the three questions to Questions to ask in the open folder. You choose what they are about and whom to ask.</source>
        <translation>Agrega las tres preguntas a Preguntas para hacer en la carpeta abierta. Usted elige de qué tratan y a quién hacérselas.</translation>
    </message>
    <message>
        <source>Open a folder first: the questions go into its Questions to ask.</source>
        <translation>Primero abra una carpeta: las preguntas se guardan en sus Preguntas para hacer.</translation>
    </message>
    <message>
        <source>This folder is open for reading only, so nothing can be added to it.</source>
        <translation>Esta carpeta está abierta en modo de solo lectura, así que no se le puede agregar nada.</translation>
    </message>
    <message>
        <source>Added the three questions to Questions to ask.</source>
        <translation>Se agregaron las tres preguntas a Preguntas para hacer.</translation>
    </message>
    <message>
        <source>Official Medicare information</source>
        <translation>Información oficial de Medicare</translation>
    </message>
    <message>
        <source>These pages are Medicare’s own. They open in your web browser only when you click their button; the app itself never goes online.</source>
        <translation>Estas páginas son de Medicare. Se abren en su navegador de internet solo cuando usted hace clic en su botón; la aplicación nunca se conecta a internet por su cuenta.</translation>
    </message>
    <message>
        <source>Home infusion therapy services, equipment and supplies</source>
        <translation>Servicios, equipos y suministros de terapia de infusión en el hogar</translation>
    </message>
    <message>
        <source>What Medicare Part B covers for infusion at home, and what you usually pay.</source>
        <translation>Lo que cubre la Parte B de Medicare para la infusión en el hogar, y lo que usted suele pagar.</translation>
    </message>
    <message>
        <source>Open the &amp;Medicare page</source>
        <translation>Abrir la página de &amp;Medicare</translation>
    </message>
    <message>
        <source>Home infusion therapy benefit: frequently asked questions</source>
        <translation>Beneficio de terapia de infusión en el hogar: preguntas frecuentes</translation>
    </message>
    <message>
        <source>The official questions and answers of CMS, the agency that runs Medicare, about the Part B home infusion therapy benefit (a PDF file).</source>
        <translation>Las preguntas y respuestas oficiales de CMS, la agencia que administra Medicare, sobre el beneficio de terapia de infusión en el hogar de la Parte B (un archivo PDF, en inglés).</translation>
    </message>
    <message>
        <source>Open the CMS &amp;questions and answers</source>
        <translation>Abrir las &amp;preguntas y respuestas de CMS</translation>
    </message>
    <message>
        <source>Opens {site} in your web browser.</source>
        <translation>Abre {site} en su navegador de internet.</translation>
    </message>
    <message>
        <source>If anything here differs from a letter from your plan, the letter comes first. Confirm the details with your plan and your prescriber.</source>
        <translation>Si algo de lo que dice aquí no coincide con una carta de su plan, vale lo que dice la carta. Confirme los detalles con su plan y con su médico que receta.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>The guide</source>
        <translation>La guía</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>The usual steps, what slows them down, the questions to ask when stuck, and Medicare’s own pages</source>
        <translation>Los pasos de siempre, lo que los retrasa, las preguntas para cuando el trámite no avanza y las páginas de Medicare</translation>
    </message>
</context>
</TS>
