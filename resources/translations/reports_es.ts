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
    <name>DemoCalls</name>
    <message>
        <source>Does Silverpine need a prior authorization for ertapenem at home?</source>
        <translation>¿Silverpine necesita una autorización previa para el ertapenem en casa?</translation>
    </message>
    <message>
        <source>Renee Castillo (Brightwater intake)</source>
        <translation>Renee Castillo (admisión de Brightwater)</translation>
    </message>
    <message>
        <source>What will Dad pay each week for the drug?</source>
        <translation>¿Cuánto pagará papá cada semana por el medicamento?</translation>
    </message>
    <message>
        <source>What exactly was missing from the first prior-authorization request?</source>
        <translation>¿Qué faltaba exactamente en la primera solicitud de autorización previa?</translation>
    </message>
    <message>
        <source>Silverpine coverage determinations</source>
        <translation>Determinaciones de cobertura de Silverpine</translation>
    </message>
    <message>
        <source>How long does Silverpine take once they have everything?</source>
        <translation>¿Cuánto tarda Silverpine cuando ya tiene todo?</translation>
    </message>
    <message>
        <source>How many doses were approved, and until when?</source>
        <translation>¿Cuántas dosis aprobaron, y hasta cuándo?</translation>
    </message>
    <message>
        <source>Can Brightwater deliver on Saturdays when Tom is here?</source>
        <translation>¿Brightwater puede hacer la entrega los sábados, cuando Tom está aquí?</translation>
    </message>
    <message>
        <source>Who do we call at night if the line will not flush?</source>
        <translation>¿A quién llamamos de noche si la vía no se puede lavar?</translation>
    </message>
    <message>
        <source>Marcus Webb (Brightwater pharmacist)</source>
        <translation>Marcus Webb (farmacéutico de Brightwater)</translation>
    </message>
    <message>
        <source>Does Dad count as homebound for Medicare home health nursing?</source>
        <translation>¿Papá cuenta como confinado en casa para la enfermería de salud en el hogar de Medicare?</translation>
    </message>
    <message>
        <source>Priya Natarajan (Meadowbrook intake)</source>
        <translation>Priya Natarajan (admisión de Meadowbrook)</translation>
    </message>
    <message>
        <source>Which days will the nurse come, and when are labs drawn?</source>
        <translation>¿Qué días vendrá la enfermera, y cuándo le sacan sangre para los análisis?</translation>
    </message>
    <message>
        <source>Julia Park, RN (Meadowbrook)</source>
        <translation>Julia Park, RN (Meadowbrook)</translation>
    </message>
    <message>
        <source>Does Silverpine pay for the IV supplies and the pole?</source>
        <translation>¿Silverpine paga los suministros para la vía intravenosa y el soporte?</translation>
    </message>
    <message>
        <source>Silverpine member services</source>
        <translation>Servicios al miembro de Silverpine</translation>
    </message>
    <message>
        <source>Does Medicare Part B or Harborline pay for any of the supplies Brightwater is billing?</source>
        <translation>¿Medicare Parte B o Harborline pagan alguno de los suministros que Brightwater está cobrando?</translation>
    </message>
    <message>
        <source>Sam Ortega (Brightwater billing)</source>
        <translation>Sam Ortega (facturación de Brightwater)</translation>
    </message>
    <message>
        <source>Does the Silverpine EOB match what Brightwater billed us?</source>
        <translation>¿La explicación de beneficios de Silverpine coincide con lo que nos cobró Brightwater?</translation>
    </message>
    <message>
        <source>How long does a Medicare redetermination take?</source>
        <translation>¿Cuánto tarda una redeterminación de Medicare?</translation>
    </message>
    <message>
        <source>Medicare customer service</source>
        <translation>Servicio al cliente de Medicare</translation>
    </message>
    <message>
        <source>Will Harborline pay the 20% for the walker if Medicare reverses the denial?</source>
        <translation>¿Harborline pagará el 20 % del andador si Medicare revoca la denegación?</translation>
    </message>
    <message>
        <source>Harborline member services</source>
        <translation>Servicios al miembro de Harborline</translation>
    </message>
    <message>
        <source>Does an extension need a new request, or can the approval be stretched?</source>
        <translation>¿Una extensión necesita una solicitud nueva, o se puede alargar la aprobación?</translation>
    </message>
    <message>
        <source>Has Dr. Okafor decided whether to extend past 6 weeks?</source>
        <translation>¿La Dra. Okafor ya decidió si alarga el tratamiento más de 6 semanas?</translation>
    </message>
    <message>
        <source>Tonya Reyes (Dr. Okafor&apos;s office)</source>
        <translation>Tonya Reyes (consultorio de la Dra. Okafor)</translation>
    </message>
    <message>
        <source>When is the repeat MRI of the left foot?</source>
        <translation>¿Cuándo es la nueva resonancia magnética del pie izquierdo?</translation>
    </message>
    <message>
        <source>St. Brigid imaging</source>
        <translation>Imágenes de St. Brigid</translation>
    </message>
    <message>
        <source>Has Meadowbrook received the signed plan of care?</source>
        <translation>¿Meadowbrook ya recibió el plan de cuidado firmado?</translation>
    </message>
    <message>
        <source>Does the PICC stay in after the last dose until the week-6 visit?</source>
        <translation>¿El catéter PICC se queda puesto después de la última dosis hasta la visita de la semana 6?</translation>
    </message>
    <message>
        <source>Dr. Okafor (nurse line)</source>
        <translation>Dra. Okafor (línea de enfermería)</translation>
    </message>
    <message>
        <source>Do the saline flushes need their own prior authorization?</source>
        <translation>¿Los lavados con solución salina necesitan su propia autorización previa?</translation>
    </message>
    <message>
        <source>Denise called from the hospital: Dr. Okafor wants 6 weeks of IV ertapenem at home through a PICC line.</source>
        <translation>Denise llamó del hospital: la Dra. Okafor quiere 6 semanas de ertapenem intravenoso en casa por un catéter PICC.</translation>
    </message>
    <message>
        <source>She faxed the referral to Brightwater Home Infusion. Brightwater will call me.</source>
        <translation>Envió la referencia por fax a Brightwater Home Infusion. Brightwater me va a llamar.</translation>
    </message>
    <message>
        <source>Called intake and gave Dad&apos;s insurance: Medicare, Harborline Plan G and the Silverpine Part D plan.</source>
        <translation>Llamé a admisión y di los seguros de papá: Medicare, Harborline Plan G y el plan de la Parte D de Silverpine.</translation>
    </message>
    <message>
        <source>Renee started the benefits check. I faxed all the cards the same morning.</source>
        <translation>Renee empezó la verificación de beneficios. Mandé todas las tarjetas por fax esa misma mañana.</translation>
    </message>
    <message>
        <source>Yes. Brightwater sends it to Silverpine as soon as the benefits check is done.</source>
        <translation>Sí. Brightwater la envía a Silverpine en cuanto termine la verificación de beneficios.</translation>
    </message>
    <message>
        <source>Benefits check done. The drug goes to Silverpine (Part D) and needs prior authorization. The nurse visits go through Medicare home health.</source>
        <translation>Verificación de beneficios terminada. El medicamento va por Silverpine (Parte D) y necesita autorización previa. Las visitas de la enfermera van por la salud en el hogar de Medicare.</translation>
    </message>
    <message>
        <source>Brightwater sent the prior authorization request to Silverpine this afternoon.</source>
        <translation>Brightwater envió la solicitud de autorización previa a Silverpine esta tarde.</translation>
    </message>
    <message>
        <source>About $47 a week at this stage of the Part D year. Sam in billing can confirm.</source>
        <translation>Unos $47 por semana en esta etapa del año de la Parte D. Sam, de facturación, lo puede confirmar.</translation>
    </message>
    <message>
        <source>Alicia (coverage determinations)</source>
        <translation>Alicia (determinaciones de cobertura)</translation>
    </message>
    <message>
        <source>Checked on the prior authorization. They got it yesterday and it is pended.</source>
        <translation>Pregunté por la autorización previa. La recibieron ayer y está en espera.</translation>
    </message>
    <message>
        <source>They faxed a request for information to Dr. Okafor&apos;s office (case {rfi_case}). The office has 14 days to answer.</source>
        <translation>Enviaron por fax una solicitud de información al consultorio de la Dra. Okafor (caso {rfi_case}). El consultorio tiene 14 días para responder.</translation>
    </message>
    <message>
        <source>Asked whether they got Silverpine&apos;s fax asking for the consult note and culture.</source>
        <translation>Pregunté si recibieron el fax de Silverpine que pide la nota de la consulta y el cultivo.</translation>
    </message>
    <message>
        <source>Tonya found it in the fax queue. Dr. Okafor has to look first; Tonya said by Friday.</source>
        <translation>Tonya lo encontró en la cola del fax. La Dra. Okafor tiene que revisarlo primero; Tonya dijo que para el viernes.</translation>
    </message>
    <message>
        <source>Called to find out exactly what the request for information needs, so I could tell Tonya.</source>
        <translation>Llamé para saber exactamente qué pide la solicitud de información, para decírselo a Tonya.</translation>
    </message>
    <message>
        <source>Wrote it down and read it to Tonya right after.</source>
        <translation>Lo anoté y se lo leí a Tonya enseguida.</translation>
    </message>
    <message>
        <source>The ID consult note, the bone biopsy culture with susceptibilities, and how long the therapy will last.</source>
        <translation>La nota de la consulta de enfermedades infecciosas, el cultivo de la biopsia de hueso con la sensibilidad, y cuánto va a durar la terapia.</translation>
    </message>
    <message>
        <source>Up to 72 hours after they have everything; usually faster.</source>
        <translation>Hasta 72 horas después de tener todo; por lo general, menos.</translation>
    </message>
    <message>
        <source>Tonya called: she faxed the consult note, the culture and the orders to Silverpine.</source>
        <translation>Llamó Tonya: envió por fax a Silverpine la nota de la consulta, el cultivo y las órdenes.</translation>
    </message>
    <message>
        <source>Sent, fax confirmation 0412-88. I will call Silverpine in two days.</source>
        <translation>Enviado, confirmación del fax 0412-88. Voy a llamar a Silverpine en dos días.</translation>
    </message>
    <message>
        <source>Gave Renee the address, gate code and a delivery window for the first delivery.</source>
        <translation>Le di a Renee la dirección, el código del portón y un horario para la primera entrega.</translation>
    </message>
    <message>
        <source>First delivery planned for the day Dad comes home.</source>
        <translation>La primera entrega está prevista para el día en que papá vuelve a casa.</translation>
    </message>
    <message>
        <source>Yes, Saturday 9 to noon. Call by Thursday to set it up.</source>
        <translation>Sí, los sábados de 9 a mediodía. Hay que llamar antes del jueves para programarlo.</translation>
    </message>
    <message>
        <source>Checked that Silverpine got Tonya&apos;s fax.</source>
        <translation>Confirmé que Silverpine recibió el fax de Tonya.</translation>
    </message>
    <message>
        <source>Received yesterday, now in clinical review. Decision expected by Thursday.</source>
        <translation>Lo recibieron ayer, ahora está en revisión clínica. Esperan decidir para el jueves.</translation>
    </message>
    <message>
        <source>Silverpine called: APPROVED. Authorization {auth_number}.</source>
        <translation>Llamó Silverpine: APROBADO. Autorización {auth_number}.</translation>
    </message>
    <message>
        <source>Letter coming by mail. I told Renee at Brightwater right away.</source>
        <translation>La carta llega por correo postal. Se lo dije enseguida a Renee, de Brightwater.</translation>
    </message>
    <message>
        <source>42 doses, one a day, from {approved_from} through {ends}.</source>
        <translation>42 dosis, una al día, del {approved_from} al {ends}.</translation>
    </message>
    <message>
        <source>Went over Dad&apos;s medicines and allergies with the pharmacist before the first delivery.</source>
        <translation>Repasé los medicamentos y las alergias de papá con el farmacéutico antes de la primera entrega.</translation>
    </message>
    <message>
        <source>Marcus has the list. He will call after each weekly delivery.</source>
        <translation>Marcus tiene la lista. Va a llamar después de cada entrega semanal.</translation>
    </message>
    <message>
        <source>The Brightwater on-call pharmacist at {brightwater_rx_phone}, any time. Chest pain or trouble breathing: 911.</source>
        <translation>Al farmacéutico de guardia de Brightwater, al {brightwater_rx_phone}, a cualquier hora. Dolor de pecho o dificultad para respirar: 911.</translation>
    </message>
    <message>
        <source>Meadowbrook called to set up the first nurse visit for this afternoon.</source>
        <translation>Llamó Meadowbrook para programar la primera visita de la enfermera para esta tarde.</translation>
    </message>
    <message>
        <source>Julia Park will come at 2 p.m. for the first dose and teaching.</source>
        <translation>Julia Park vendrá a las 2 p. m. para la primera dosis y para enseñarnos.</translation>
    </message>
    <message>
        <source>Yes: no weight on the left foot and he uses a walker. Dr. Okafor certifies it on the plan of care.</source>
        <translation>Sí: no puede apoyar el pie izquierdo y usa andador. La Dra. Okafor lo certifica en el plan de cuidado.</translation>
    </message>
    <message>
        <source>Julia called after the first visit. Dad did well; I ran the second dose myself with her watching.</source>
        <translation>Julia llamó después de la primera visita. A papá le fue bien; yo puse la segunda dosis mientras ella miraba.</translation>
    </message>
    <message>
        <source>Nurse visits set for Mondays and Thursdays.</source>
        <translation>Visitas de la enfermera los lunes y los jueves.</translation>
    </message>
    <message>
        <source>Mondays and Thursdays. Dressing change and labs on Mondays.</source>
        <translation>Los lunes y los jueves. Cambio de vendaje y análisis los lunes.</translation>
    </message>
    <message>
        <source>Dwayne (member services)</source>
        <translation>Dwayne (servicios al miembro)</translation>
    </message>
    <message>
        <source>Called about the denial letter for the IV supplies and pole.</source>
        <translation>Llamé por la carta de denegación de los suministros para la vía intravenosa y el soporte.</translation>
    </message>
    <message>
        <source>Denial stands: not a Part D benefit. Asked Brightwater billing to look at Medicare.</source>
        <translation>La denegación sigue: no es un beneficio de la Parte D. Le pedí a facturación de Brightwater que lo vea con Medicare.</translation>
    </message>
    <message>
        <source>No. Supplies, the pole and nursing are not Part D drugs. Only the ertapenem is covered.</source>
        <translation>No. Los suministros, el soporte y la enfermería no son medicamentos de la Parte D. Solo cubren el ertapenem.</translation>
    </message>
    <message>
        <source>Asked billing about the charge for supplies after the Silverpine denial.</source>
        <translation>Pregunté a facturación por el cobro de los suministros después de la denegación de Silverpine.</translation>
    </message>
    <message>
        <source>Sam will check Medicare and Harborline. He wants a copy of the Medigap card.</source>
        <translation>Sam va a revisar con Medicare y con Harborline. Quiere una copia de la tarjeta de Medigap.</translation>
    </message>
    <message>
        <source>Marcus called about the week 1 labs.</source>
        <translation>Marcus llamó por los análisis de la semana 1.</translation>
    </message>
    <message>
        <source>Kidney numbers fine, no dose change. Next delivery on schedule.</source>
        <translation>Los riñones están bien, no cambia la dosis. La próxima entrega, según lo previsto.</translation>
    </message>
    <message>
        <source>Checked that Harborline has Dad set up for Medicare crossover.</source>
        <translation>Confirmé que Harborline tiene a papá inscrito para recibir los reclamos directamente de Medicare.</translation>
    </message>
    <message>
        <source>Yes. Claims come over from Medicare on their own; nothing for us to send.</source>
        <translation>Sí. Los reclamos pasan solos desde Medicare; no tenemos que enviar nada.</translation>
    </message>
    <message>
        <source>Julia: the PICC site is a little red. Arm measurement is the same as at the start.</source>
        <translation>Julia: la zona del PICC está un poco roja. La medida del brazo es la misma que al principio.</translation>
    </message>
    <message>
        <source>Watch it. Call the nurse line if fever or swelling. Take a photo if it gets worse.</source>
        <translation>Vigilarla. Llamar a la línea de enfermería si hay fiebre o hinchazón. Tomar una foto si empeora.</translation>
    </message>
    <message>
        <source>Followed up with Sam about the supply charges.</source>
        <translation>Le di seguimiento con Sam a los cobros de los suministros.</translation>
    </message>
    <message>
        <source>Supply bill is on hold while he checks with Medicare. He will call me back.</source>
        <translation>La factura de los suministros está en espera mientras él consulta con Medicare. Me va a volver a llamar.</translation>
    </message>
    <message>
        <source>Called about the Summary Notice: the walker claim {appeal_claim} was denied because the supplier did not send the doctor&apos;s order.</source>
        <translation>Llamé por el Resumen de Medicare: denegaron el reclamo del andador {appeal_claim} porque el proveedor no envió la orden del médico.</translation>
    </message>
    <message>
        <source>Appeal in writing: fill in the last page of the notice, attach the order, mail it. 120 days from getting the notice.</source>
        <translation>La apelación es por escrito: llenar la última página del aviso, adjuntar la orden y mandarla por correo postal. 120 días desde que llega el aviso.</translation>
    </message>
    <message>
        <source>Usually a decision within 60 days after they get the request.</source>
        <translation>Por lo general deciden en 60 días desde que reciben la solicitud.</translation>
    </message>
    <message>
        <source>Asked Tonya for a copy of Dr. Okafor&apos;s order for the walker.</source>
        <translation>Le pedí a Tonya una copia de la orden de la Dra. Okafor para el andador.</translation>
    </message>
    <message>
        <source>She printed it; I picked it up the same afternoon.</source>
        <translation>La imprimió; la recogí esa misma tarde.</translation>
    </message>
    <message>
        <source>Went over the Silverpine EOB with Sam.</source>
        <translation>Repasé con Sam la explicación de beneficios de Silverpine.</translation>
    </message>
    <message>
        <source>The amounts match. Still no word on the supplies.</source>
        <translation>Los montos coinciden. Todavía nada sobre los suministros.</translation>
    </message>
    <message>
        <source>Yes: $47.20 for each weekly fill, same as Brightwater billed.</source>
        <translation>Sí: $47.20 por cada surtido semanal, igual que lo que cobró Brightwater.</translation>
    </message>
    <message>
        <source>Priya called: Meadowbrook still does not have the plan of care signed by Dr. Okafor. They cannot bill Medicare for the visits until it is signed.</source>
        <translation>Llamó Priya: Meadowbrook todavía no tiene el plan de cuidado firmado por la Dra. Okafor. No pueden cobrarle a Medicare las visitas hasta que esté firmado.</translation>
    </message>
    <message>
        <source>I will fax it to Tonya and ask her to get it signed.</source>
        <translation>Se lo voy a mandar por fax a Tonya y le voy a pedir que lo haga firmar.</translation>
    </message>
    <message>
        <source>Faxed the plan of care to Tonya and called to make sure it came through.</source>
        <translation>Le mandé el plan de cuidado por fax a Tonya y llamé para confirmar que le llegó.</translation>
    </message>
    <message>
        <source>It is in Dr. Okafor&apos;s stack; she is in clinic Tuesday and Thursday.</source>
        <translation>Está en la pila de la Dra. Okafor; ella atiende en la clínica el martes y el jueves.</translation>
    </message>
    <message>
        <source>Told Renee that Dr. Okafor may extend by 2 weeks. The approval ends {ends}.</source>
        <translation>Le dije a Renee que la Dra. Okafor tal vez alargue 2 semanas. La aprobación termina el {ends}.</translation>
    </message>
    <message>
        <source>Renee needs an updated progress note and the week-5 labs to ask Silverpine for more doses. She is emailing the list.</source>
        <translation>Renee necesita una nota de evolución al día y los análisis de la semana 5 para pedirle más dosis a Silverpine. Va a mandar la lista por correo electrónico.</translation>
    </message>
    <message>
        <source>Asked how an extension works before the current approval runs out.</source>
        <translation>Pregunté cómo funciona una extensión antes de que se acabe la aprobación actual.</translation>
    </message>
    <message>
        <source>The current approval ends {ends}. Anything after that needs the new request decided first.</source>
        <translation>La aprobación actual termina el {ends}. Para lo que venga después, primero tienen que decidir la solicitud nueva.</translation>
    </message>
    <message>
        <source>A new request from the prescriber with updated notes. They decide within 72 hours, faster if the doctor asks for an expedited review.</source>
        <translation>Una solicitud nueva del médico que receta con notas al día. Deciden en 72 horas, antes si el médico pide una revisión acelerada.</translation>
    </message>
    <message>
        <source>{st_brigid} — imaging</source>
        <translation>{st_brigid} — imágenes</translation>
    </message>
    <message>
        <source>Marisol (scheduling)</source>
        <translation>Marisol (citas)</translation>
    </message>
    <message>
        <source>Called to schedule the repeat MRI of the left foot.</source>
        <translation>Llamé para programar la nueva resonancia magnética del pie izquierdo.</translation>
    </message>
    <message>
        <source>They need the order from Dr. Okafor and the insurance cards again. They will call back with a date.</source>
        <translation>Necesitan la orden de la Dra. Okafor y otra vez las tarjetas del seguro. Van a llamar con una fecha.</translation>
    </message>
    <message>
        <source>Asked whether Dr. Okafor has decided about the extension, and about the progress note for Brightwater.</source>
        <translation>Pregunté si la Dra. Okafor ya decidió sobre la extensión, y por la nota de evolución para Brightwater.</translation>
    </message>
    <message>
        <source>Decision after the week-5 labs. Tonya will fax the note to Brightwater once it is signed. Plan of care still not signed.</source>
        <translation>Decide después de los análisis de la semana 5. Tonya mandará la nota por fax a Brightwater cuando esté firmada. El plan de cuidado todavía no está firmado.</translation>
    </message>
    <message>
        <source>Julia drew the week-5 labs today. PICC site looks fine now.</source>
        <translation>Julia sacó hoy la sangre para los análisis de la semana 5. La zona del PICC ya se ve bien.</translation>
    </message>
    <message>
        <source>Results go to Dr. Okafor and Brightwater by tomorrow.</source>
        <translation>Los resultados les llegan a la Dra. Okafor y a Brightwater para mañana.</translation>
    </message>
    <message>
        <source>Asked whether Harborline would pay the 20% for the walker if the appeal works.</source>
        <translation>Pregunté si Harborline pagaría el 20 % del andador si la apelación sale bien.</translation>
    </message>
    <message>
        <source>She could not say until Medicare decides. Call back after the decision.</source>
        <translation>No lo puede decir hasta que Medicare decida. Volver a llamar después de la decisión.</translation>
    </message>
</context>
<context>
    <name>DemoCast</name>
    <message>
        <source>Osteomyelitis of the left foot (first metatarsal), ICD-10 {code}</source>
        <translation>Osteomielitis del pie izquierdo (primer metatarsiano), ICD-10 {code}</translation>
    </message>
    <message>
        <source>Sulfa drugs (rash)</source>
        <translation>Sulfas (sarpullido)</translation>
    </message>
    <message>
        <source>6 weeks</source>
        <translation>6 semanas</translation>
    </message>
    <message>
        <source>Once a day, every 24 hours, over 30 minutes (around 9 a.m.)</source>
        <translation>Una vez al día, cada 24 horas, en 30 minutos (hacia las 9 a. m.)</translation>
    </message>
    <message>
        <source>PICC line, right arm</source>
        <translation>Catéter PICC, brazo derecho</translation>
    </message>
    <message>
        <source>{meadowbrook}: Mondays (dressing change and weekly labs) and Thursdays</source>
        <translation>{meadowbrook}: lunes (cambio de vendaje y análisis semanales) y jueves</translation>
    </message>
    <message>
        <source>{prescriber}, week-6 visit at 10:15 a.m.</source>
        <translation>{prescriber}, visita de la semana 6 a las 10:15 a. m.</translation>
    </message>
    <message>
        <source>Dad also has type 2 diabetes. No weight on the left foot until {surgeon} says so (walker). Dana makes the calls on weekdays; her brother Tom covers weekends.</source>
        <translation>Papá también tiene diabetes tipo 2. No puede apoyar el pie izquierdo hasta que lo diga el {surgeon} (usa andador). Dana hace las llamadas entre semana; su hermano Tom, los fines de semana.</translation>
    </message>
    <message>
        <source>Original Medicare (Part A and Part B)</source>
        <translation>Medicare Original (Parte A y Parte B)</translation>
    </message>
    <message>
        <source>Red, white and blue card (no group number on it). Pays for the home health nurse visits, the doctor visits and the walker. Summary Notices come every 3 months.</source>
        <translation>Tarjeta roja, blanca y azul (sin número de grupo). Paga las visitas de la enfermera de salud en el hogar, las visitas al médico y el andador. Los Resúmenes de Medicare llegan cada 3 meses.</translation>
    </message>
    <message>
        <source>Medigap Plan G. Claims cross over from Medicare on their own.</source>
        <translation>Medigap Plan G. Los reclamos pasan solos desde Medicare.</translation>
    </message>
    <message>
        <source>Pays for the drug itself (ertapenem) after prior authorization. Does NOT pay for the IV supplies, pole or nursing. RxPCN SPRX01.</source>
        <translation>Paga el medicamento (ertapenem) después de la autorización previa. NO paga los suministros para la vía intravenosa, el soporte ni la enfermería. RxPCN SPRX01.</translation>
    </message>
    <message>
        <source>Intake coordinator</source>
        <translation>Coordinadora de admisión</translation>
    </message>
    <message>
        <source>Mon–Fri 8:00 a.m.–4:30 p.m.</source>
        <translation>lun–vie 8:00 a. m.–4:30 p. m.</translation>
    </message>
    <message>
        <source>Copies of all three insurance cards (front and back), the signed assignment of benefits, and any letter from Silverpine about the authorization.</source>
        <translation>Copias de las tres tarjetas del seguro (de los dos lados), la cesión de beneficios firmada, y cualquier carta de Silverpine sobre la autorización.</translation>
    </message>
    <message>
        <source>Our patient number at Brightwater: {brightwater_patient}.</source>
        <translation>Nuestro número de paciente en Brightwater: {brightwater_patient}.</translation>
    </message>
    <message>
        <source>Infusion pharmacist</source>
        <translation>Farmacéutico de infusión</translation>
    </message>
    <message>
        <source>Mon–Sat 8 a.m.–6 p.m.; on-call pharmacist at night on the same number</source>
        <translation>lun–sáb 8 a. m.–6 p. m.; farmacéutico de guardia de noche en el mismo número</translation>
    </message>
    <message>
        <source>Weekly lab results (CBC, BMP, ESR, CRP) by Tuesday. Call right away about a rash, diarrhea, fever or a line that will not flush.</source>
        <translation>Los resultados de los análisis semanales (CBC, BMP, ESR, CRP) para el martes. Llamar enseguida si hay sarpullido, diarrea, fiebre o si la vía no se puede lavar.</translation>
    </message>
    <message>
        <source>Billing specialist</source>
        <translation>Especialista en facturación</translation>
    </message>
    <message>
        <source>Mon–Thu 9 a.m.–3 p.m.</source>
        <translation>lun–jue 9 a. m.–3 p. m.</translation>
    </message>
    <message>
        <source>The Medigap card, and every Summary Notice or EOB that mentions them.</source>
        <translation>La tarjeta de Medigap, y todo Resumen de Medicare o explicación de beneficios que los mencione.</translation>
    </message>
    <message>
        <source>Prior-authorization coordinator (medical assistant)</source>
        <translation>Coordinadora de autorizaciones previas (asistente médica)</translation>
    </message>
    <message>
        <source>Mon–Fri 8:30 a.m.–4 p.m., closed 12–1</source>
        <translation>lun–vie 8:30 a. m.–4 p. m., cerrado de 12 a 1</translation>
    </message>
    <message>
        <source>Requests in writing, by fax, with Dad&apos;s date of birth. Forms take 3 business days.</source>
        <translation>Las solicitudes por escrito, por fax, con la fecha de nacimiento de papá. Los formularios tardan 3 días hábiles.</translation>
    </message>
    <message>
        <source>Infectious disease doctor (prescriber)</source>
        <translation>Médica de enfermedades infecciosas (médico que receta)</translation>
    </message>
    <message>
        <source>Clinic Tuesdays and Thursdays; nurse line Mon–Fri 9–4</source>
        <translation>Clínica martes y jueves; línea de enfermería lun–vie de 9 a 4</translation>
    </message>
    <message>
        <source>Weekly labs, and Dad&apos;s glucose log at every visit.</source>
        <translation>Los análisis semanales, y el registro de glucosa de papá en cada visita.</translation>
    </message>
    <message>
        <source>Messages go through the nurse line or Tonya.</source>
        <translation>Los mensajes van por la línea de enfermería o por Tonya.</translation>
    </message>
    <message>
        <source>Home health nurse</source>
        <translation>Enfermera de salud en el hogar</translation>
    </message>
    <message>
        <source>Visits Mon and Thu; nurse on call 24/7 at the main number</source>
        <translation>Visitas lun y jue; enfermera de guardia las 24 horas en el número principal</translation>
    </message>
    <message>
        <source>Gate code 4417, the arm measurement log by the fridge, and the sharps container kept out of reach of the dog.</source>
        <translation>El código del portón 4417, el registro de la medida del brazo junto al refrigerador, y el recipiente para objetos punzantes fuera del alcance del perro.</translation>
    </message>
    <message>
        <source>Intake and scheduling</source>
        <translation>Admisión y citas</translation>
    </message>
    <message>
        <source>Mon–Fri 8 a.m.–5 p.m.</source>
        <translation>lun–vie 8 a. m.–5 p. m.</translation>
    </message>
    <message>
        <source>The signed plan of care back from Dr. Okafor&apos;s office; copies of new orders after each doctor visit.</source>
        <translation>El plan de cuidado firmado de vuelta del consultorio de la Dra. Okafor; copias de las órdenes nuevas después de cada visita al médico.</translation>
    </message>
    <message>
        <source>Coverage determinations (pharmacy prior authorization)</source>
        <translation>Determinaciones de cobertura (autorización previa de farmacia)</translation>
    </message>
    <message>
        <source>Mon–Fri 8 a.m.–8 p.m. Eastern</source>
        <translation>lun–vie 8 a. m.–8 p. m., hora del Este</translation>
    </message>
    <message>
        <source>Member ID {part_d_id} and the authorization number on every call. Clinical notes have to come from the prescriber, not from us.</source>
        <translation>El número de miembro {part_d_id} y el número de autorización en cada llamada. Las notas clínicas tienen que venir del médico que receta, no de nosotros.</translation>
    </message>
    <message>
        <source>Discharge planner (case manager)</source>
        <translation>Planificadora del alta (administradora de casos)</translation>
    </message>
    <message>
        <source>Mon–Fri 7:30 a.m.–4 p.m.</source>
        <translation>lun–vie 7:30 a. m.–4 p. m.</translation>
    </message>
    <message>
        <source>Nothing now — she closed Dad&apos;s case after discharge.</source>
        <translation>Nada por ahora — cerró el caso de papá después del alta.</translation>
    </message>
    <message>
        <source>Medicare customer service</source>
        <translation>Servicio al cliente de Medicare</translation>
    </message>
    <message>
        <source>Member services (1-800 line)</source>
        <translation>Servicios al miembro (línea 1-800)</translation>
    </message>
    <message>
        <source>24 hours a day, 7 days a week</source>
        <translation>Las 24 horas del día, los 7 días de la semana</translation>
    </message>
    <message>
        <source>Dad&apos;s Medicare number {medicare_id} and his date of birth.</source>
        <translation>El número de Medicare de papá, {medicare_id}, y su fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Lorraine (claims)</source>
        <translation>Lorraine (reclamos)</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Servicios al miembro</translation>
    </message>
    <message>
        <source>Mon–Fri 8 a.m.–6 p.m.</source>
        <translation>lun–vie 8 a. m.–6 p. m.</translation>
    </message>
    <message>
        <source>Member ID {medigap_id}.</source>
        <translation>Número de miembro {medigap_id}.</translation>
    </message>
    <message>
        <source>Benefits check by Brightwater (Part D, Medicare, Medigap)</source>
        <translation>Verificación de beneficios de Brightwater (Parte D, Medicare, Medigap)</translation>
    </message>
    <message>
        <source>Drug goes to Silverpine Part D and needs prior authorization. Nurse visits through Medicare home health (Meadowbrook). Estimated drug copay about $47 a week.</source>
        <translation>El medicamento va por la Parte D de Silverpine y necesita autorización previa. Las visitas de la enfermera, por la salud en el hogar de Medicare (Meadowbrook). Copago estimado del medicamento: unos $47 por semana.</translation>
    </message>
    <message>
        <source>Prior authorization — ertapenem (Silverpine Part D)</source>
        <translation>Autorización previa — ertapenem (Parte D de Silverpine)</translation>
    </message>
    <message>
        <source>42 doses (1 g once a day)</source>
        <translation>42 dosis (1 g una vez al día)</translation>
    </message>
    <message>
        <source>First pended for more information (case {rfi_case}). Approved after Dr. Okafor&apos;s office faxed the consult note and the bone culture.</source>
        <translation>Primero quedó en espera de más información (caso {rfi_case}). La aprobaron después de que el consultorio de la Dra. Okafor envió por fax la nota de la consulta y el cultivo del hueso.</translation>
    </message>
    <message>
        <source>Who pays for the IV supplies and pole (per diem)</source>
        <translation>Quién paga los suministros para la vía intravenosa y el soporte (tarifa diaria)</translation>
    </message>
    <message>
        <source>Silverpine says supplies, the pole and nursing are not a Part D benefit. Sam at Brightwater billing is checking Medicare and Harborline.</source>
        <translation>Silverpine dice que los suministros, el soporte y la enfermería no son un beneficio de la Parte D. Sam, de facturación de Brightwater, está revisando con Medicare y con Harborline.</translation>
    </message>
    <message>
        <source>Medicare redetermination — walker claim denied</source>
        <translation>Redeterminación de Medicare — reclamo del andador denegado</translation>
    </message>
    <message>
        <source>Medicare contractor (decision on the redetermination)</source>
        <translation>Contratista de Medicare (decisión sobre la redeterminación)</translation>
    </message>
    <message>
        <source>Summary Notice dated {msn_date} says the supplier did not send the doctor&apos;s order. Request mailed with the order attached; the deadline was 120 days from the notice.</source>
        <translation>El Resumen de Medicare con fecha del {msn_date} dice que el proveedor no envió la orden del médico. Solicitud enviada por correo postal con la orden adjunta; la fecha límite era 120 días desde el aviso.</translation>
    </message>
    <message>
        <source>Home health plan of care signature (Meadowbrook and Dr. Okafor)</source>
        <translation>Firma del plan de cuidado de salud en el hogar (Meadowbrook y la Dra. Okafor)</translation>
    </message>
    <message>
        <source>Dr. Okafor&apos;s office (Tonya Reyes) to sign and fax back to Meadowbrook</source>
        <translation>El consultorio de la Dra. Okafor (Tonya Reyes), que lo firme y lo devuelva por fax a Meadowbrook</translation>
    </message>
    <message>
        <source>Meadowbrook cannot bill Medicare for the visits until the plan is signed.</source>
        <translation>Meadowbrook no puede cobrarle a Medicare las visitas hasta que el plan esté firmado.</translation>
    </message>
    <message>
        <source>Extension past 6 weeks, if Dr. Okafor orders it</source>
        <translation>Extensión de más de 6 semanas, si la Dra. Okafor la ordena</translation>
    </message>
    <message>
        <source>At the week-4 visit Dr. Okafor said maybe 2 more weeks, depending on the week-5 labs and the repeat MRI. The approval ends {approved_to}.</source>
        <translation>En la visita de la semana 4 la Dra. Okafor dijo que tal vez 2 semanas más, según los análisis de la semana 5 y la nueva resonancia magnética. La aprobación termina el {approved_to}.</translation>
    </message>
</context>
<context>
    <name>DemoLedger</name>
    <message>
        <source>Copies of the Medicare, Medigap and Part D cards, front and back</source>
        <translation>Copias de las tarjetas de Medicare, Medigap y la Parte D, de los dos lados</translation>
    </message>
    <message>
        <source>Renee Castillo (Brightwater intake)</source>
        <translation>Renee Castillo (admisión de Brightwater)</translation>
    </message>
    <message>
        <source>Brightwater intake, fax {brightwater_fax}</source>
        <translation>Admisión de Brightwater, fax {brightwater_fax}</translation>
    </message>
    <message>
        <source>Fax OK, 4 pages</source>
        <translation>Fax OK, 4 páginas</translation>
    </message>
    <message>
        <source>Signed assignment of benefits and consent</source>
        <translation>Cesión de beneficios y consentimiento firmados</translation>
    </message>
    <message>
        <source>Brightwater intake</source>
        <translation>Admisión de Brightwater</translation>
    </message>
    <message>
        <source>Fax OK, 2 pages</source>
        <translation>Fax OK, 2 páginas</translation>
    </message>
    <message>
        <source>Consult note, bone culture and therapy duration for Silverpine</source>
        <translation>Nota de la consulta, cultivo del hueso y duración de la terapia para Silverpine</translation>
    </message>
    <message>
        <source>{silverpine} (request for information, case {rfi_case})</source>
        <translation>{silverpine} (solicitud de información, caso {rfi_case})</translation>
    </message>
    <message>
        <source>Tonya Reyes (Dr. Okafor&apos;s office)</source>
        <translation>Tonya Reyes (consultorio de la Dra. Okafor)</translation>
    </message>
    <message>
        <source>Silverpine coverage determinations, fax {silverpine_pa_fax}</source>
        <translation>Determinaciones de cobertura de Silverpine, fax {silverpine_pa_fax}</translation>
    </message>
    <message>
        <source>Fax confirmation 0412-88</source>
        <translation>Confirmación del fax 0412-88</translation>
    </message>
    <message>
        <source>Silverpine confirmed on the phone that they had it.</source>
        <translation>Silverpine confirmó por teléfono que lo tenía.</translation>
    </message>
    <message>
        <source>Delivery address, gate code and a delivery window</source>
        <translation>Dirección de entrega, código del portón y un horario de entrega</translation>
    </message>
    <message>
        <source>Medication list and allergies</source>
        <translation>Lista de medicamentos y alergias</translation>
    </message>
    <message>
        <source>Marcus Webb (Brightwater pharmacist)</source>
        <translation>Marcus Webb (farmacéutico de Brightwater)</translation>
    </message>
    <message>
        <source>Week 1 lab results</source>
        <translation>Resultados de los análisis de la semana 1</translation>
    </message>
    <message>
        <source>Julia Park, RN (Meadowbrook)</source>
        <translation>Julia Park, RN (Meadowbrook)</translation>
    </message>
    <message>
        <source>Brightwater pharmacy</source>
        <translation>Farmacia de Brightwater</translation>
    </message>
    <message>
        <source>Week 2 lab results</source>
        <translation>Resultados de los análisis de la semana 2</translation>
    </message>
    <message>
        <source>Week 3 lab results</source>
        <translation>Resultados de los análisis de la semana 3</translation>
    </message>
    <message>
        <source>Copy of the Medigap card for billing</source>
        <translation>Copia de la tarjeta de Medigap para facturación</translation>
    </message>
    <message>
        <source>Sam Ortega (Brightwater billing)</source>
        <translation>Sam Ortega (facturación de Brightwater)</translation>
    </message>
    <message>
        <source>Copy of the Silverpine approval letter</source>
        <translation>Copia de la carta de aprobación de Silverpine</translation>
    </message>
    <message>
        <source>Week 4 lab results</source>
        <translation>Resultados de los análisis de la semana 4</translation>
    </message>
    <message>
        <source>Redetermination request for the walker claim {appeal_claim}, with the doctor&apos;s order</source>
        <translation>Solicitud de redeterminación del reclamo del andador {appeal_claim}, con la orden del médico</translation>
    </message>
    <message>
        <source>Medicare (Summary Notice)</source>
        <translation>Medicare (Resumen de Medicare)</translation>
    </message>
    <message>
        <source>Medicare contractor, address on the Summary Notice</source>
        <translation>Contratista de Medicare, dirección en el Resumen de Medicare</translation>
    </message>
    <message>
        <source>Certified mail 7022 3330 0001 4471 2958</source>
        <translation>Correo certificado 7022 3330 0001 4471 2958</translation>
    </message>
    <message>
        <source>Kept a copy of everything mailed.</source>
        <translation>Guardé una copia de todo lo que envié por correo postal.</translation>
    </message>
    <message>
        <source>Signed home health plan of care back to Meadowbrook</source>
        <translation>Plan de cuidado de salud en el hogar firmado, de vuelta a Meadowbrook</translation>
    </message>
    <message>
        <source>Priya Natarajan (Meadowbrook intake)</source>
        <translation>Priya Natarajan (admisión de Meadowbrook)</translation>
    </message>
    <message>
        <source>Tonya Reyes, Riverside, fax {riverside_fax}</source>
        <translation>Tonya Reyes, Riverside, fax {riverside_fax}</translation>
    </message>
    <message>
        <source>Faxed the unsigned plan to Tonya so Dr. Okafor can sign it; not back yet.</source>
        <translation>Le mandé el plan sin firmar por fax a Tonya para que la Dra. Okafor lo firme; todavía no ha vuelto.</translation>
    </message>
    <message>
        <source>Week-4 after-visit summary for the nurses</source>
        <translation>Resumen de la visita de la semana 4 para las enfermeras</translation>
    </message>
    <message>
        <source>Meadowbrook, fax {meadowbrook_fax}</source>
        <translation>Meadowbrook, fax {meadowbrook_fax}</translation>
    </message>
    <message>
        <source>Updated progress note from Dr. Okafor and week-5 labs, for the extension request</source>
        <translation>Nota de evolución al día de la Dra. Okafor y análisis de la semana 5, para la solicitud de extensión</translation>
    </message>
    <message>
        <source>Has to come from Dr. Okafor&apos;s office. See Renee&apos;s email.</source>
        <translation>Tiene que venir del consultorio de la Dra. Okafor. Vea el correo electrónico de Renee.</translation>
    </message>
    <message>
        <source>Other-coverage questionnaire (coordination of benefits)</source>
        <translation>Cuestionario de otra cobertura (coordinación de beneficios)</translation>
    </message>
    <message>
        <source>{silverpine} (member services letter)</source>
        <translation>{silverpine} (carta de servicios al miembro)</translation>
    </message>
    <message>
        <source>Form is in the kitchen drawer, half filled in.</source>
        <translation>El formulario está en el cajón de la cocina, a medio llenar.</translation>
    </message>
    <message>
        <source>Signed delivery ticket for the week-5 delivery</source>
        <translation>Comprobante firmado de la entrega de la semana 5</translation>
    </message>
    <message>
        <source>Brightwater driver</source>
        <translation>Repartidor de Brightwater</translation>
    </message>
    <message>
        <source>Sign and hand back at the next delivery.</source>
        <translation>Firmarlo y devolverlo en la próxima entrega.</translation>
    </message>
    <message>
        <source>Week 5 lab results</source>
        <translation>Resultados de los análisis de la semana 5</translation>
    </message>
    <message>
        <source>Insurance cards and the MRI order</source>
        <translation>Tarjetas del seguro y la orden de la resonancia magnética</translation>
    </message>
    <message>
        <source>St. Brigid imaging scheduling</source>
        <translation>Citas de imágenes de St. Brigid</translation>
    </message>
    <message>
        <source>For the repeat MRI of the left foot.</source>
        <translation>Para la nueva resonancia magnética del pie izquierdo.</translation>
    </message>
    <message>
        <source>Count of doses left in the fridge before the final delivery</source>
        <translation>Cuántas dosis quedan en el refrigerador antes de la última entrega</translation>
    </message>
    <message>
        <source>Dad&apos;s glucose log for the week-6 visit</source>
        <translation>El registro de glucosa de papá para la visita de la semana 6</translation>
    </message>
    <message>
        <source>Return the IV pole and unused supplies after the last dose</source>
        <translation>Devolver el soporte del suero y los suministros sin usar después de la última dosis</translation>
    </message>
    <message>
        <source>Photo of the PICC site if the redness comes back</source>
        <translation>Foto de la zona del PICC si vuelve el enrojecimiento</translation>
    </message>
    <message>
        <source>Only if needed.</source>
        <translation>Solo si hace falta.</translation>
    </message>
</context>
<context>
    <name>DemoPapers</name>
    <message>
        <source>Infectious disease consult note</source>
        <translation>Nota de la consulta de enfermedades infecciosas</translation>
    </message>
    <message>
        <source>Two pages. Bone culture and the reasons for 6 weeks of IV.</source>
        <translation>Dos páginas. El cultivo del hueso y las razones para 6 semanas de tratamiento intravenoso.</translation>
    </message>
    <message>
        <source>Referral and infusion orders from Dr. Okafor</source>
        <translation>Referencia y órdenes de infusión de la Dra. Okafor</translation>
    </message>
    <message>
        <source>Denise at St. Brigid gave us a copy at discharge planning.</source>
        <translation>Denise, de St. Brigid, nos dio una copia al planificar el alta.</translation>
    </message>
    <message>
        <source>Silverpine Part D card (front)</source>
        <translation>Tarjeta de la Parte D de Silverpine (frente)</translation>
    </message>
    <message>
        <source>Member ID {part_d_id}, RxGroup {part_d_group}, member services {silverpine_phone}.</source>
        <translation>Número de miembro {part_d_id}, RxGroup {part_d_group}, servicios al miembro {silverpine_phone}.</translation>
    </message>
    <message>
        <source>Medicare card</source>
        <translation>Tarjeta de Medicare</translation>
    </message>
    <message>
        <source>Medicare number {medicare_id}. Part A and Part B since 03/01/2012.</source>
        <translation>Número de Medicare {medicare_id}. Parte A y Parte B desde el 03/01/2012.</translation>
    </message>
    <message>
        <source>Brightwater assignment of benefits (signed)</source>
        <translation>Cesión de beneficios de Brightwater (firmada)</translation>
    </message>
    <message>
        <source>I signed as Dad&apos;s health care power of attorney. Faxed back to Renee.</source>
        <translation>Firmé como apoderada de papá para la atención médica. Se la devolví por fax a Renee.</translation>
    </message>
    <message>
        <source>Silverpine: request for more information</source>
        <translation>Silverpine: solicitud de más información</translation>
    </message>
    <message>
        <source>Case {rfi_case}. Sent to Dr. Okafor with a copy to us. They wanted the consult note, the culture and the duration.</source>
        <translation>Caso {rfi_case}. Enviada a la Dra. Okafor con copia para nosotros. Pedían la nota de la consulta, el cultivo y la duración.</translation>
    </message>
    <message>
        <source>Prior authorization approval — ertapenem</source>
        <translation>Aprobación de la autorización previa — ertapenem</translation>
    </message>
    <message>
        <source>Authorization {auth_number}, 42 doses, {approved_from} to {approved_to}.</source>
        <translation>Autorización {auth_number}, 42 dosis, del {approved_from} al {approved_to}.</translation>
    </message>
    <message>
        <source>Brightwater home infusion plan of care</source>
        <translation>Plan de cuidado de infusión en el hogar de Brightwater</translation>
    </message>
    <message>
        <source>Left by the nurse at the first visit.</source>
        <translation>Lo dejó la enfermera en la primera visita.</translation>
    </message>
    <message>
        <source>Silverpine denial: IV supplies and per diem</source>
        <translation>Denegación de Silverpine: suministros intravenosos y tarifa diaria</translation>
    </message>
    <message>
        <source>Three pages. Supplies and pole are not Part D. Appeal rights on pages 2–3.</source>
        <translation>Tres páginas. Los suministros y el soporte no son de la Parte D. Los derechos de apelación, en las páginas 2–3.</translation>
    </message>
    <message>
        <source>Silverpine Part D explanation of benefits</source>
        <translation>Explicación de beneficios de la Parte D de Silverpine</translation>
    </message>
    <message>
        <source>Not a bill. We paid $47.20 for each weekly fill.</source>
        <translation>No es una factura. Pagamos $47.20 por cada surtido semanal.</translation>
    </message>
    <message>
        <source>Medicare Summary Notice (Part B)</source>
        <translation>Resumen de Medicare (Parte B)</translation>
    </message>
    <message>
        <source>Walker claim {appeal_claim} denied (no doctor&apos;s order from the supplier). How to appeal is on page 3.</source>
        <translation>Reclamo del andador {appeal_claim} denegado (el proveedor no envió la orden del médico). Cómo apelar está en la página 3.</translation>
    </message>
    <message>
        <source>Week 4 lab results</source>
        <translation>Resultados de los análisis de la semana 4</translation>
    </message>
    <message>
        <source>ESR and CRP going down.</source>
        <translation>La ESR y la CRP van bajando.</translation>
    </message>
    <message>
        <source>After-visit summary, week 4 (photo)</source>
        <translation>Resumen de la visita, semana 4 (foto)</translation>
    </message>
    <message>
        <source>Phone photo. Dr. Okafor may extend 2 more weeks after the week-5 labs and MRI. Week-6 visit date is at the bottom.</source>
        <translation>Foto con el teléfono. La Dra. Okafor tal vez alargue 2 semanas más después de los análisis de la semana 5 y la resonancia. La fecha de la visita de la semana 6 está abajo.</translation>
    </message>
    <message>
        <source>Brightwater delivery ticket (week 5)</source>
        <translation>Comprobante de entrega de Brightwater (semana 5)</translation>
    </message>
    <message>
        <source>7 doses and supplies. Next delivery is the last one.</source>
        <translation>7 dosis y suministros. La próxima entrega es la última.</translation>
    </message>
    <message>
        <source>Email from Renee: paperwork for the extension</source>
        <translation>Correo electrónico de Renee: papeles para la extensión</translation>
    </message>
    <message>
        <source>Running note: requested / submitted</source>
        <translation>Nota de seguimiento: pedido / enviado</translation>
    </message>
    <message>
        <source>My phone note, copied in.</source>
        <translation>Mi nota del teléfono, copiada aquí.</translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>The demo folder could not be made in {folder}: {problem}.</source>
        <translation>No se pudo crear la carpeta de demostración en {folder}: {problem}.</translation>
    </message>
    <message>
        <source>The demo folder could not be finished. Please try again.</source>
        <translation>No se pudo terminar la carpeta de demostración. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Renee Castillo (Brightwater intake)</source>
        <translation>Renee Castillo (admisión de Brightwater)</translation>
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
        <translation>N.º</translation>
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
        <translation>(para {whom})</translation>
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
        <translation>Y en la aplicación, cada cosa en su pestaña: {lists}.</translation>
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
