<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AllowancesPage</name>
    <message>
        <source>Toeslagen</source>
        <translation>Allowances (toeslagen)</translation>
    </message>
    <message>
        <source>Huurtoeslag</source>
        <translation>Rent allowance (huurtoeslag)</translation>
    </message>
    <message>
        <source>Zorgtoeslag</source>
        <translation>Healthcare allowance (zorgtoeslag)</translation>
    </message>
    <message>
        <source>Kinderopvangtoeslag</source>
        <translation>Childcare allowance (kinderopvangtoeslag)</translation>
    </message>
    <message>
        <source>Kindgebonden budget</source>
        <translation>Child-related budget (kindgebonden budget)</translation>
    </message>
    <message>
        <source>Welke toeslagen kreeg het huishouden?</source>
        <translation>Which allowances did the household get?</translation>
    </message>
    <message>
        <source>Weet ik niet (helemaal)</source>
        <translation>I don&apos;t know (fully)</translation>
    </message>
    <message>
        <source>Toeslagen stoppen of veranderen na een overlijden. Soms moet u geld terugbetalen, soms krijgt u nog iets.</source>
        <translation>Allowances stop or change after a death. Sometimes you have to pay money back, sometimes you still get something.</translation>
    </message>
    <message>
        <source>Op wiens naam stonden de toeslagen?</source>
        <translation>In whose name were the allowances?</translation>
    </message>
    <message>
        <source>Op naam van de overledene</source>
        <translation>In the name of the deceased</translation>
    </message>
    <message>
        <source>Op naam van de partner</source>
        <translation>In the name of the partner</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Dat bepaalt wat er met de toeslagen gebeurt. Was de partner ook de toeslagpartner? Dan gaan de toeslagen meestal vanzelf over op de naam van de partner.</source>
        <translation>That decides what happens to the allowances. Was the partner also the allowance partner? Then the allowances usually move to the partner&apos;s name by themselves.</translation>
    </message>
    <message>
        <source>Was de overledene (mogelijk) gedupeerd door de toeslagenaffaire?</source>
        <translation>Was the deceased (possibly) affected by the childcare benefits scandal?</translation>
    </message>
    <message>
        <source>Voor nabestaanden van gedupeerden is er een eigen regeling van de hersteloperatie toeslagen. Dan kan er nog geld of hulp voor u zijn, ook als de overledene zich nooit had gemeld of de aanvraag nog liep.</source>
        <translation>There is a separate scheme of the benefits restoration for the surviving relatives of affected parents. There may still be money or help for you, even if the deceased never came forward or the application was still in progress.</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Weergave en taal</source>
        <translation>Display and language</translation>
    </message>
    <message>
        <source>Normaal (100%)</source>
        <translation>Normal (100%)</translation>
    </message>
    <message>
        <source>Groter (125%)</source>
        <translation>Larger (125%)</translation>
    </message>
    <message>
        <source>Nog groter (150%)</source>
        <translation>Even larger (150%)</translation>
    </message>
    <message>
        <source>Veel groter (175%)</source>
        <translation>Much larger (175%)</translation>
    </message>
    <message>
        <source>Twee keer zo groot (200%)</source>
        <translation>Twice as large (200%)</translation>
    </message>
    <message>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Tekst&amp;grootte:</source>
        <translation>Text &amp;size:</translation>
    </message>
    <message>
        <source>&amp;Hoog contrast</source>
        <translation>&amp;High contrast</translation>
    </message>
    <message>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Zwarte tekst op wit, duidelijke randen, en een dikke blauwe rand om het onderdeel waar u met het toetsenbord bent.</source>
        <translation>Black text on white, clear edges, and a thick blue frame around the part of the screen where you are with the keyboard.</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>De taal verandert als u de app opnieuw opent.</source>
        <translation>The language changes the next time you open the app.</translation>
    </message>
    <message>
        <source>&amp;Taal (language):</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>De reservekopie van vandaag is gemaakt.</source>
        <translation>Today&apos;s backup has been made.</translation>
    </message>
    <message>
        <source>Let op: de reservekopie van vandaag is niet gemaakt: {error}</source>
        <translation>Please note: today&apos;s backup was not made: {error}</translation>
    </message>
    <message>
        <source>Op een andere computer opent u hem met de herstelsleutel.</source>
        <translation>On another computer you open it with the recovery key.</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt en gecontroleerd: {path}</source>
        <translation>Backup made and checked: {path}</translation>
    </message>
    <message>
        <source>Kopie opslaan</source>
        <translation>Save copy</translation>
    </message>
    <message>
        <source>Reservekopie (*.db)</source>
        <translation>Backup (*.db)</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Wilt u deze reservekopie terugzetten?</source>
        <translation>Do you want to restore this backup?</translation>
    </message>
    <message>
        <source>U ziet daarna de gegevens zoals ze in de kopie staan. Wat u sindsdien hebt veranderd, staat dan niet meer in de lijst. De gegevens van nu worden eerst zelf als reservekopie bewaard, dus er gaat niets verloren.</source>
        <translation>You will then see the information as it is in the copy. What you changed since then is no longer in the list. The information as it is now is first kept as a backup itself, so nothing is lost.</translation>
    </message>
    <message>
        <source>Terugzetten</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Reservekopie kiezen</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source> De gegevens van vóór het terugzetten staan in {path}.</source>
        <translation> The information from before the restore is in {path}.</translation>
    </message>
    <message>
        <source>De reservekopie is teruggezet.</source>
        <translation>The backup has been restored.</translation>
    </message>
    <message>
        <source>Herstelsleutel van de reservekopie</source>
        <translation>Recovery key of the backup</translation>
    </message>
    <message>
        <source>Herstelsleutel (5 groepen van 5 tekens):</source>
        <translation>Recovery key (5 groups of 5 characters):</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>De app maakt elke dag dat u hem opent een reservekopie, en een voordat hij uw gegevens omzet naar een nieuwe versie. Hij bewaart de kopieën van de laatste 7 dagen, 4 weken en 12 maanden, in {folder}. Elke kopie is versleuteld; op een andere computer opent u hem met de herstelsleutel.</source>
        <translation>The app makes a backup on every day you open it, and one before it converts your information to a new version. It keeps the copies of the last 7 days, 4 weeks and 12 months, in {folder}. Each copy is encrypted; on another computer you open it with the recovery key.</translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Reservekopieën, de nieuwste eerst</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Er is nog geen reservekopie. De eerste maakt de app vanzelf, zodra er een dossier is. U kunt er ook nu een maken.</source>
        <translation>There is no backup yet. The app makes the first one by itself as soon as there is a file. You can also make one now.</translation>
    </message>
    <message>
        <source>&amp;Nu een reservekopie maken</source>
        <translation>Make a backup &amp;now</translation>
    </message>
    <message>
        <source>Kopie op een &amp;stick…</source>
        <translation>Copy to a USB &amp;stick…</translation>
    </message>
    <message>
        <source>&amp;Terugzetten…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Terugzetten &amp;uit een bestand…</source>
        <translation>Restore &amp;from a file…</translation>
    </message>
    <message>
        <source>dagelijkse kopie</source>
        <translation>daily copy</translation>
    </message>
    <message>
        <source>voor een nieuwe versie van de app</source>
        <translation>before a new version of the app</translation>
    </message>
    <message>
        <source>zelf gemaakt</source>
        <translation>made by you</translation>
    </message>
    <message>
        <source>de gegevens van vóór het terugzetten</source>
        <translation>the information from before the restore</translation>
    </message>
    <message>
        <source>beschadigd bestand, bewaard bij het terugzetten</source>
        <translation>damaged file, kept when restoring</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Tekst aanpassen: {title}</source>
        <translation>Edit text: {title}</translation>
    </message>
    <message>
        <source>Pas de tekst van de brief aan. Een lege regel begint een nieuwe alinea. De aanhef, de gegevens van de overledene en de ondertekening blijven staan. Stippellijnen (……) vult u met de hand in of hier.</source>
        <translation>Change the text of the letter. An empty line starts a new paragraph. The greeting, the details of the deceased and the signature stay as they are. Fill in dotted lines (……) by hand or here.</translation>
    </message>
    <message>
        <source>Tekst van de brief</source>
        <translation>Text of the letter</translation>
    </message>
</context>
<context>
    <name>ChildrenPage</name>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Had de overledene kinderen?</source>
        <translation>Did the deceased have children?</translation>
    </message>
    <message>
        <source>Kinderen zijn vaak erfgenaam. Jonge kinderen kunnen recht hebben op een uitkering, en voor een kind jonger dan 18 gelden andere regels bij de erfenis.</source>
        <translation>Children are often heirs. Young children may be entitled to a benefit, and other inheritance rules apply to a child under 18.</translation>
    </message>
    <message>
        <source>&amp;Hoeveel kinderen?</source>
        <translation>&amp;How many children?</translation>
    </message>
    <message>
        <source>Aantal kinderen</source>
        <translation>Number of children</translation>
    </message>
    <message>
        <source>(kies als u de datum niet weet)</source>
        <translation>(choose if you do not know the date)</translation>
    </message>
    <message>
        <source>jonger dan 16</source>
        <translation>younger than 16</translation>
    </message>
    <message>
        <source>16 of 17 jaar</source>
        <translation>16 or 17 years</translation>
    </message>
    <message>
        <source>18, 19 of 20 jaar</source>
        <translation>18, 19 or 20 years</translation>
    </message>
    <message>
        <source>21 jaar of ouder</source>
        <translation>21 years or older</translation>
    </message>
    <message>
        <source>Kind {number}: geboortedatum</source>
        <translation>Child {number}: date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum van kind {number}</source>
        <translation>Date of birth of child {number}</translation>
    </message>
    <message>
        <source>Leeftijd van kind {number} op de dag van overlijden</source>
        <translation>Age of child {number} on the day of death</translation>
    </message>
    <message>
        <source>Of de leeftijd op de dag van overlijden:</source>
        <translation>Or the age on the day of death:</translation>
    </message>
    <message>
        <source>Studeert met studiefinanciering van DUO</source>
        <translation>Studies with student finance from DUO</translation>
    </message>
    <message>
        <source>Kind {number} studeert met studiefinanciering</source>
        <translation>Child {number} studies with student finance</translation>
    </message>
    <message>
        <source>Ik weet niet of een kind studiefinanciering krijgt</source>
        <translation>I don&apos;t know if a child gets student finance</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarom vragen we dit?&lt;/b&gt; Met de geboortedatum rekent de app uit of een kind jonger was dan 18 of 21. Weet u de datum niet? Kies dan de leeftijd. Bij studiefinanciering moet u misschien iets regelen met DUO.</source>
        <translation>&lt;b&gt;Why do we ask?&lt;/b&gt; With the date of birth the app works out whether a child was younger than 18 or 21. Don&apos;t know the date? Then choose the age. With student finance you may need to arrange something with DUO.</translation>
    </message>
    <message>
        <source>Is de andere ouder van de kinderen ook overleden?</source>
        <translation>Has the other parent of the children also died?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Er is geen andere wettelijke ouder</source>
        <translation>There is no other legal parent</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarom vragen we dit?&lt;/b&gt; Heeft een kind nu geen ouder meer? Dan kan het recht hebben op een wezenuitkering. Dat geldt ook als de overledene de enige wettelijke ouder was.</source>
        <translation>&lt;b&gt;Why do we ask?&lt;/b&gt; Does a child now have no parent left? Then the child may be entitled to an orphan&apos;s benefit. This also applies when the deceased was the only legal parent.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Iemand anders heeft dit ook veranderd</source>
        <translation>Someone else changed this too</translation>
    </message>
    <message>
        <source>iemand anders</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>Uw versie (nog niet bewaard)</source>
        <translation>Your version (not saved yet)</translation>
    </message>
    <message>
        <source>Bewaarde versie, van {who}</source>
        <translation>Saved version, by {who}</translation>
    </message>
    <message>
        <source>Beide samen (pas aan wat u wilt):</source>
        <translation>Both together (edit as you like):</translation>
    </message>
    <message>
        <source>Samen bewaren</source>
        <translation>Save both together</translation>
    </message>
    <message>
        <source>Mijn versie bewaren</source>
        <translation>Save my version</translation>
    </message>
    <message>
        <source>Bewaarde versie houden</source>
        <translation>Keep the saved version</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>waarde nog onbekend</source>
        <translation>value not known yet</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Over uzelf</source>
        <translation>About yourself</translation>
    </message>
    <message>
        <source>U bent de contactpersoon: uw naam en adres komen als afzender in de brieven, en organisaties sturen hun antwoord naar u. Vul in wat u weet.</source>
        <translation>You are the contact person: your name and address go on the letters as the sender, and organisations send their answers to you. Fill in what you know.</translation>
    </message>
    <message>
        <source>Uw voor&amp;namen:</source>
        <translation>Your &amp;first names:</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel:</source>
        <translation>Surname &amp;prefix:</translation>
    </message>
    <message>
        <source>Uw &amp;achternaam:</source>
        <translation>Your &amp;surname:</translation>
    </message>
    <message>
        <source>&amp;Straat:</source>
        <translation>S&amp;treet:</translation>
    </message>
    <message>
        <source>&amp;Huisnummer:</source>
        <translation>&amp;House number:</translation>
    </message>
    <message>
        <source>Toevoe&amp;ging:</source>
        <translation>A&amp;ddition:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Posta&amp;l code:</translation>
    </message>
    <message>
        <source>&amp;Woonplaats:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>T&amp;elefoon:</source>
        <translation>Phon&amp;e:</translation>
    </message>
    <message>
        <source>Wat bent u van de overledene?</source>
        <translation>What are you to the deceased?</translation>
    </message>
    <message>
        <source>(kies)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>&amp;Relatie tot de overledene:</source>
        <translation>&amp;Relation to the deceased:</translation>
    </message>
    <message>
        <source>bijvoorbeeld van der</source>
        <translation>for example van der</translation>
    </message>
    <message>
        <source>Met uw naam en adres maakt de app brieven die klaar zijn om te versturen. Bent u niet degene die de brieven ondertekent? Vul dan die persoon in.</source>
        <translation>With your name and address the app makes letters that are ready to send. Are you not the one who signs the letters? Then fill in that person.</translation>
    </message>
    <message>
        <source>⚠ Postcode: {problem}</source>
        <translation>⚠ Postal code: {problem}</translation>
    </message>
</context>
<context>
    <name>CopyActions</name>
    <message>
        <source>Dossier &amp;kopiëren naar mijn eigen map…</source>
        <translation>&amp;Copy the dossier to my own folder…</translation>
    </message>
    <message>
        <source>Dossier &amp;kopiëren naar de kantoordatabase…</source>
        <translation>&amp;Copy the dossier to the office database…</translation>
    </message>
    <message>
        <source>Er is nog geen kantoordatabase ingesteld. Vul het adres in bij Instellingen → Kantoor, en kies dan opnieuw Dossier kopiëren.</source>
        <translation>No office database has been set up yet. Fill in its address under Settings → Office, then choose Copy the dossier again.</translation>
    </message>
    <message>
        <source>Het dossier wordt gekopieerd en gecontroleerd…</source>
        <translation>Copying and checking the dossier…</translation>
    </message>
    <message>
        <source>Het dossier staat nu ook in {place}, als dossier {number}. De kopie is gecontroleerd: alles is gelijk aan het origineel.</source>
        <translation>The dossier is now also in {place}, as dossier {number}. The copy was checked: everything equals the original.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Wat kan ik nu doen?</source>
        <translation>What can I do now?</translation>
    </message>
    <message>
        <source>&amp;Vragen over de situatie…</source>
        <translation>&amp;Questions about the situation…</translation>
    </message>
    <message>
        <source>Bewaar de termijnen als agendabestand (.ics) voor Outlook, Google of Apple.</source>
        <translation>Save the deadlines as a calendar file (.ics) for Outlook, Google or Apple.</translation>
    </message>
    <message>
        <source>Alle taken, per onderwerp</source>
        <translation>All tasks, by subject</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the dossier</translation>
    </message>
    <message>
        <source>te doen</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>bezig</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>wacht op antwoord</source>
        <translation>waiting for an answer</translation>
    </message>
    <message>
        <source>klaar</source>
        <translation>done</translation>
    </message>
    <message>
        <source>niet van toepassing</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>TE LAAT</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>navragen</source>
        <translation>follow up</translation>
    </message>
    <message>
        <source>binnenkort</source>
        <translation>soon</translation>
    </message>
    <message>
        <source>Ctrl+Tab: volgende onderdeel. Ctrl+Shift+Tab: vorige onderdeel.</source>
        <translation>Ctrl+Tab: next part. Ctrl+Shift+Tab: previous part.</translation>
    </message>
    <message>
        <source>&amp;Termijnen naar agenda…</source>
        <translation>Deadlines to &amp;calendar…</translation>
    </message>
    <message>
        <source>Nu doen</source>
        <translation>To do now</translation>
    </message>
    <message>
        <source>Mag regelen (machtiging): {names}</source>
        <translation>May act (mandate): {names}</translation>
    </message>
    <message>
        <source>U hebt de vragen over de situatie nog niet afgemaakt.</source>
        <translation>You have not finished the questions about the situation yet.</translation>
    </message>
    <message>
        <source>Ga verder met de vragen.</source>
        <translation>Continue with the questions.</translation>
    </message>
    <message>
        <source>De datum van overlijden ontbreekt. Zonder die datum kan de app geen termijnen uitrekenen.</source>
        <translation>The date of death is missing. Without it, the app cannot work out any deadlines.</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>geldt misschien</source>
        <translation>may apply</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>En nog {count} andere taken: zie ‘Taken’.</source>
        <translation>And {count} more tasks: see ‘Tasks’.</translation>
    </message>
    <message>
        <source>Begin met wat hierboven bij ‘Let op’ staat.</source>
        <translation>Start with what is listed above under ‘Please note’.</translation>
    </message>
    <message>
        <source>Er is nu niets dat u kunt doen. Wacht op antwoord, of kijk bij ‘Taken’.</source>
        <translation>There is nothing you can do right now. Wait for a reply, or look at ‘Tasks’.</translation>
    </message>
    <message>
        <source>Navragen: hier had al iets moeten komen</source>
        <translation>Check: something should have arrived by now</translation>
    </message>
    <message>
        <source>Nog open vragen</source>
        <translation>Questions still open</translation>
    </message>
    <message>
        <source>Sommige taken gelden misschien. Dat hangt af van deze vragen:</source>
        <translation>Some tasks may apply. That depends on these questions:</translation>
    </message>
    <message>
        <source>Beantwoord de vragen.</source>
        <translation>Answer the questions.</translation>
    </message>
    <message>
        <source>Dit is al automatisch doorgegeven</source>
        <translation>This has already been passed on automatically</translation>
    </message>
    <message>
        <source>De gemeente geeft het overlijden via de Basisregistratie Personen (BRP) door aan deze organisaties. Zij horen het overlijden vanzelf. Soms vragen ze daarna nog iets van u; dat staat bij de taken.</source>
        <translation>The municipality passes on the death to these organisations through the Personal Records Database (BRP). They are told about the death automatically. Sometimes they ask you for something afterwards; that is shown with the tasks.</translation>
    </message>
    <message>
        <source>De overledene woonde in het buitenland. Daarom krijgt geen enkele organisatie automatisch bericht. U moet alles zelf melden.</source>
        <translation>The deceased lived abroad. That is why no organisation is told automatically. You have to report everything yourself.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj, of leeg als u het niet weet</source>
        <translation>dd-mm-yyyy, or empty if you do not know</translation>
    </message>
</context>
<context>
    <name>DeceasedPage</name>
    <message>
        <source>Over degene die is overleden</source>
        <translation>About the person who died</translation>
    </message>
    <message>
        <source>Vul in wat u weet. Weet u iets niet? Laat het dan leeg. U kunt het later aanvullen.</source>
        <translation>Fill in what you know. Don&apos;t know something? Then leave it empty. You can add it later.</translation>
    </message>
    <message>
        <source>Voornamen van de overledene</source>
        <translation>First names of the deceased</translation>
    </message>
    <message>
        <source>Tussenvoegsel van de overledene</source>
        <translation>Surname prefix of the deceased</translation>
    </message>
    <message>
        <source>bijvoorbeeld van der</source>
        <translation>for example van der</translation>
    </message>
    <message>
        <source>Achternaam van de overledene</source>
        <translation>Surname of the deceased</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Datum van overlijden</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Voor&amp;namen:</source>
        <translation>&amp;First names:</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel:</source>
        <translation>Surname &amp;prefix:</translation>
    </message>
    <message>
        <source>&amp;Achternaam:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum:</source>
        <translation>Date of b&amp;irth:</translation>
    </message>
    <message>
        <source>&amp;Datum van overlijden:</source>
        <translation>Date of d&amp;eath:</translation>
    </message>
    <message>
        <source>Met de datum van overlijden rekent de app uit wanneer u iets moet regelen. De naam komt in de brieven.</source>
        <translation>The app uses the date of death to work out when you need to arrange things. The name goes into the letters.</translation>
    </message>
    <message>
        <source>Woonde de overledene in Nederland?</source>
        <translation>Did the deceased live in the Netherlands?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee, in het buitenland</source>
        <translation>No, abroad</translation>
    </message>
    <message>
        <source>Woonde de overledene in Nederland? Dan geeft de gemeente het overlijden door aan veel organisaties. Woonde de overledene in het buitenland, dan gebeurt dat niet en moet u meer zelf melden.</source>
        <translation>Did the deceased live in the Netherlands? Then the municipality passes on the death to many organisations. If the deceased lived abroad, that does not happen and you have to report more yourself.</translation>
    </message>
    <message>
        <source>Wie geeft het overlijden aan bij de gemeente?</source>
        <translation>Who reports the death to the municipality?</translation>
    </message>
    <message>
        <source>De uitvaartondernemer (zo gaat het bijna altijd)</source>
        <translation>The funeral director (this is almost always the case)</translation>
    </message>
    <message>
        <source>Wij doen het zelf</source>
        <translation>We do it ourselves</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Meestal doet de uitvaartondernemer de aangifte van het overlijden. Dan hoeft u dat niet zelf te doen, en staat het niet in uw lijst.</source>
        <translation>The funeral director usually reports the death. Then you do not need to do it yourself, and it is not on your list.</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Verstuurd document wijzigen</source>
        <translation>Change document sent</translation>
    </message>
    <message>
        <source>Document verstuurd</source>
        <translation>Document sent</translation>
    </message>
    <message>
        <source>Welk document ging naar welke organisatie, en wanneer. Een origineel krijgt u vaak terug: vul dan in wanneer.</source>
        <translation>Which document went to which organisation, and when. An original often comes back: then fill in when.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Naar:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Ver&amp;stuurd op:</source>
        <translation>&amp;Sent on:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: nog niet terug)</source>
        <translation>dd-mm-yyyy (empty: not back yet)</translation>
    </message>
    <message>
        <source>&amp;Terug op:</source>
        <translation>&amp;Back on:</translation>
    </message>
    <message>
        <source>&amp;Opmerking:</source>
        <translation>&amp;Remark:</translation>
    </message>
    <message>
        <source>{label}: die datum ligt in de toekomst.</source>
        <translation>{label}: that date is in the future.</translation>
    </message>
    <message>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Terug op</source>
        <translation>Back on</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dank u wel. De app maakt nu een lijst van wat u moet regelen, met de termijnen. U kunt de antwoorden altijd later aanpassen.</source>
        <translation>Thank you. The app now makes a list of what you need to arrange, with the deadlines. You can always change the answers later.</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nieuw dossier gemaakt.</source>
        <translation>New dossier made.</translation>
    </message>
    <message>
        <source>Dossier hernoemen</source>
        <translation>Rename dossier</translation>
    </message>
    <message>
        <source>Nieuwe naam voor dit dossier.
Laat het leeg om de naam van de overledene te gebruiken.</source>
        <translation>New name for this dossier.
Leave it empty to use the name of the deceased.</translation>
    </message>
    <message>
        <source>Het dossier is gearchiveerd.</source>
        <translation>The dossier has been archived.</translation>
    </message>
    <message>
        <source>Het dossier is teruggezet uit het archief.</source>
        <translation>The dossier has been restored from the archive.</translation>
    </message>
    <message>
        <source>Dossier verwijderen</source>
        <translation>Delete dossier</translation>
    </message>
    <message>
        <source>Wilt u het dossier ‘{name}’ echt verwijderen?</source>
        <translation>Do you really want to delete the dossier ‘{name}’?</translation>
    </message>
    <message>
        <source>Alles in dit dossier gaat verloren. Dit kunt u niet ongedaan maken. Wilt u het alleen uit de lijst hebben? Kies dan ‘Archiveren’.</source>
        <translation>Everything in this dossier will be lost. You cannot undo this. Do you only want it out of the list? Then choose ‘Archive’.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Het dossier ‘{name}’ is verwijderd.</source>
        <translation>The dossier ‘{name}’ has been deleted.</translation>
    </message>
</context>
<context>
    <name>DossierForm</name>
    <message>
        <source>Ja, de overledene woonde in Nederland</source>
        <translation>Yes, the deceased lived in the Netherlands</translation>
    </message>
    <message>
        <source>Alles wat u invult, wordt meteen bewaard op deze computer, versleuteld. Weet u iets nog niet? Laat het dan leeg en vul het later in.</source>
        <translation>Everything you fill in is saved straight away on this computer, encrypted. Don&apos;t know something yet? Leave it empty and fill it in later.</translation>
    </message>
    <message>
        <source>De overledene</source>
        <translation>The deceased</translation>
    </message>
    <message>
        <source>Contactpersoon (u, of wie de brieven ondertekent)</source>
        <translation>Contact person (you, or whoever signs the letters)</translation>
    </message>
    <message>
        <source>Erfgenamen</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Erfgenamen aanpassen…</source>
        <translation>Change heirs…</translation>
    </message>
    <message>
        <source>Overledene</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>(nog niet gekozen)</source>
        <translation>(not chosen yet)</translation>
    </message>
    <message>
        <source>Nog geen erfgenamen ingevuld. U hebt ze nodig voor machtigingen en voor een boedelvolmacht.</source>
        <translation>No heirs filled in yet. You need them for mandates and for a boedelvolmacht.</translation>
    </message>
</context>
<context>
    <name>DossierListModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Overleden op</source>
        <translation>Died on</translation>
    </message>
    <message>
        <source>Volgende termijn</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <source>{date} — te laat</source>
        <translation>{date} — overdue</translation>
    </message>
    <message>
        <source>Te laat: {task}</source>
        <translation>Overdue: {task}</translation>
    </message>
    <message>
        <source>{date} — te laat: {task}</source>
        <translation>{date} — overdue: {task}</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Gearchiveerd</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>Vragen nog niet af</source>
        <translation>Questions not finished</translation>
    </message>
    <message>
        <source>De vragen over de situatie zijn nog niet allemaal beantwoord. Zolang ze niet af zijn, kunnen er taken en termijnen ontbreken.</source>
        <translation>Not all the questions about the situation have been answered yet. Until they are finished, some tasks and deadlines may be missing.</translation>
    </message>
</context>
<context>
    <name>DossierListing</name>
    <message>
        <source>Deze app helpt u met wat er geregeld moet worden na een overlijden. U beantwoordt een paar vragen. Dan ziet u wat u moet doen, en wanneer. De app maakt ook de brieven voor u klaar.

Alles blijft op deze computer, versleuteld. De app stuurt niets via internet. Brieven en bestanden die u zelf opslaat, zijn niet versleuteld.

De app vraagt nooit om uw DigiD of die van iemand anders. Gebruik nooit de DigiD van degene die is overleden.</source>
        <translation>This app helps you with what needs arranging after a death. You answer a few questions. Then you see what to do, and when. The app also prepares the letters for you.

Everything stays on this computer, encrypted. The app sends nothing over the internet. Letters and files that you save yourself are not encrypted.

The app never asks for your DigiD or anyone else&apos;s. Never use the DigiD of the person who died.</translation>
    </message>
    <message>
        <source>Kies links een dossier, of maak een nieuw dossier.</source>
        <translation>Choose a dossier on the left, or make a new dossier.</translation>
    </message>
    <message>
        <source>De lijst van dossiers is verborgen. Kies Beeld &gt; Lijst van dossiers tonen om een dossier te kiezen.</source>
        <translation>The list of dossiers is hidden. Choose View &gt; Show the list of dossiers to pick a dossier.</translation>
    </message>
    <message>
        <source>Terug&amp;zetten</source>
        <translation>Resto&amp;re</translation>
    </message>
    <message>
        <source>&amp;Archiveren</source>
        <translation>&amp;Archive</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <source>Vul zelf in: {text}</source>
        <translation>Fill in yourself: {text}</translation>
    </message>
    <message>
        <source>Te controleren: {text}</source>
        <translation>To be checked: {text}</translation>
    </message>
    <message>
        <source>Termijnen opslaan als agendabestand</source>
        <translation>Save deadlines as a calendar file</translation>
    </message>
    <message>
        <source>Agendabestanden (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>{count} termijnen opgeslagen in {path}. Open dat bestand met uw agenda (Outlook, Google of Apple).</source>
        <translation>{count} deadlines saved in {path}. Open that file with your calendar (Outlook, Google or Apple).</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>Er ging iets mis in {app}.</source>
        <translation>Something went wrong in {app}.</translation>
    </message>
    <message>
        <source>Uw gegevens zijn veilig: alles wat u had opgeslagen, staat nog op deze computer. De app slaat op terwijl u typt. Alleen wat u net deed, is misschien niet bewaard. Kijk dat even na.</source>
        <translation>Your information is safe: everything you saved is still on this computer. The app saves while you type. Only what you did just now may not have been saved. Please check it.</translation>
    </message>
    <message>
        <source>Wat kunt u doen? Probeer het nog een keer. Gaat het steeds mis? Klik dan op &apos;Rapport kopiëren&apos;. Stuur het rapport naar de persoon die u helpt met de app.</source>
        <translation>What can you do? Try again. Does it keep going wrong? Then click &apos;Copy report&apos;. Send the report to the person who helps you with the app.</translation>
    </message>
    <message>
        <source>In het rapport staan geen namen, geen BSN en geen andere gegevens uit uw dossier. Er staan alleen technische gegevens over de fout in. U kunt zelf zien wat erin staat.</source>
        <translation>The report contains no names, no BSN (citizen service number) and no other information from your dossier. It only contains technical details about the error. You can see for yourself what is in it.</translation>
    </message>
    <message>
        <source>Rapport &amp;bekijken</source>
        <translation>&amp;Show report</translation>
    </message>
    <message>
        <source>Foutrapport</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>Rapport &amp;kopiëren</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Het rapport staat nu op het klembord. Plak het in een e-mail of een bericht.</source>
        <translation>The report is now on the clipboard. Paste it into an email or a message.</translation>
    </message>
    <message>
        <source>Rapport &amp;verbergen</source>
        <translation>&amp;Hide report</translation>
    </message>
</context>
<context>
    <name>EstateActions</name>
    <message>
        <source>Deze post verwijderen? In de geschiedenis van het dossier blijft hij staan.</source>
        <translation>Remove this item? It stays in the history of the dossier.</translation>
    </message>
    <message>
        <source>Dit verstuurde document uit de lijst halen? In de geschiedenis van het dossier blijft het staan.</source>
        <translation>Take this document off the list? It stays in the history of the dossier.</translation>
    </message>
</context>
<context>
    <name>EstateLabels</name>
    <message>
        <source>Betaalrekening</source>
        <translation>Current account</translation>
    </message>
    <message>
        <source>Spaarrekening</source>
        <translation>Savings account</translation>
    </message>
    <message>
        <source>Huis</source>
        <translation>House</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Car</translation>
    </message>
    <message>
        <source>Verzekering</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Pensioenkapitaal</source>
        <translation>Pension capital</translation>
    </message>
    <message>
        <source>Aandelen of beleggingen</source>
        <translation>Shares or investments</translation>
    </message>
    <message>
        <source>Inboedel</source>
        <translation>Household contents</translation>
    </message>
    <message>
        <source>Vordering (geld dat de overledene nog kreeg)</source>
        <translation>Claim (money still owed to the deceased)</translation>
    </message>
    <message>
        <source>Hypotheek</source>
        <translation>Mortgage</translation>
    </message>
    <message>
        <source>Lening</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>Creditcard</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <source>Belasting</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Zorgkosten</source>
        <translation>Care costs</translation>
    </message>
    <message>
        <source>Kosten van de uitvaart</source>
        <translation>Funeral costs</translation>
    </message>
    <message>
        <source>Toeslagen terugbetalen</source>
        <translation>Allowances to repay</translation>
    </message>
    <message>
        <source>afschrift of opgave</source>
        <translation>statement or answer</translation>
    </message>
    <message>
        <source>taxatie</source>
        <translation>appraisal</translation>
    </message>
    <message>
        <source>schatting</source>
        <translation>estimate</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>van de overledene alleen</source>
        <translation>the deceased’s alone</translation>
    </message>
    <message>
        <source>gemeenschap van goederen (de helft telt)</source>
        <translation>community of property (half counts)</translation>
    </message>
    <message>
        <source>Akte van overlijden</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>Verklaring van erfrecht</source>
        <translation>Certificate of inheritance</translation>
    </message>
    <message>
        <source>Testament</source>
        <translation>Will</translation>
    </message>
    <message>
        <source>Ander document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>origineel</source>
        <translation>original</translation>
    </message>
    <message>
        <source>gewaarmerkte kopie</source>
        <translation>certified copy</translation>
    </message>
    <message>
        <source>kopie</source>
        <translation>copy</translation>
    </message>
</context>
<context>
    <name>EstateView</name>
    <message>
        <source>Wat de overledene bezat en schuldig was op de dag van overlijden. Vul bedragen in zodra de antwoorden binnen zijn. Een waarde die nog onbekend is, telt niet mee.</source>
        <translation>What the deceased owned and owed on the date of death. Fill in the amounts as the answers come in. A value not known yet is not counted.</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Hoe bekend</source>
        <translation>How known</translation>
    </message>
    <message>
        <source>Telt mee</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Bezittingen en schulden</source>
        <translation>Assets and debts</translation>
    </message>
    <message>
        <source>Post &amp;toevoegen…</source>
        <translation>Add i&amp;tem…</translation>
    </message>
    <message>
        <source>Wijzig&amp;en…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verstuurde documenten&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents sent&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Verstuurde documenten</source>
        <translation>Documents sent</translation>
    </message>
    <message>
        <source>Verstuurd &amp;document…</source>
        <translation>Add docum&amp;ent…</translation>
    </message>
    <message>
        <source>Document wij&amp;zigen…</source>
        <translation>Chan&amp;ge document…</translation>
    </message>
    <message>
        <source>D&amp;ocument verwijderen</source>
        <translation>Remove doc&amp;ument</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nog te versturen volgens de taken&lt;/b&gt;</source>
        <translation>&lt;b&gt;Still to send, according to the tasks&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nog te versturen volgens de taken</source>
        <translation>Still to send, according to the tasks</translation>
    </message>
    <message>
        <source>nog onbekend</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>{kind} (schuld)</source>
        <translation>{kind} (debt)</translation>
    </message>
    <message>
        <source>{amount} (de helft)</source>
        <translation>{amount} (half)</translation>
    </message>
    <message>
        <source>antwoord is binnen: vul de waarde in</source>
        <translation>answer is in: fill in the value</translation>
    </message>
    <message>
        <source>Bezittingen: {amount}</source>
        <translation>Assets: {amount}</translation>
    </message>
    <message>
        <source>Schulden: {amount}</source>
        <translation>Debts: {amount}</translation>
    </message>
    <message>
        <source>Saldo: {amount}</source>
        <translation>Balance: {amount}</translation>
    </message>
    <message>
        <source>Nog onbekend: 1 waarde, niet meegeteld.</source>
        <translation>Not known yet: 1 value, not counted.</translation>
    </message>
    <message>
        <source>Nog onbekend: {count} waarden, niet meegeteld.</source>
        <translation>Not known yet: {count} values, not counted.</translation>
    </message>
    <message>
        <source>Nog geen posten ingevuld.</source>
        <translation>No items entered yet.</translation>
    </message>
    <message>
        <source>nog niet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Meegestuurd met een brief. Dit verandert u in het tabblad Brieven.</source>
        <translation>Enclosed with a letter. Change this in the Letters tab.</translation>
    </message>
    <message>
        <source>{document} (bij de brief „{title}”)</source>
        <translation>{document} (with the letter “{title}”)</translation>
    </message>
    <message>
        <source>{document} naar {organisation} (voor: {tasks})</source>
        <translation>{document} to {organisation} (for: {tasks})</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Dossier importeren</source>
        <translation>Import a dossier</translation>
    </message>
    <message>
        <source>Dossierbestanden (*.json)</source>
        <translation>Dossier files (*.json)</translation>
    </message>
    <message>
        <source>Er is al een dossier voor {name}. Hebt u dit bestand al eens ingelezen? Dan komt er een tweede dossier bij. Toch inlezen?</source>
        <translation>There is already a dossier for {name}. Did you read this file in before? Then a second dossier is added. Read it in anyway?</translation>
    </message>
    <message>
        <source>&amp;Toch inlezen</source>
        <translation>&amp;Read in anyway</translation>
    </message>
    <message>
        <source>&amp;Niet inlezen</source>
        <translation>&amp;Do not read in</translation>
    </message>
    <message>
        <source>Ingelezen: {path}</source>
        <translation>Read in: {path}</translation>
    </message>
    <message>
        <source>Dossier exporteren</source>
        <translation>Export the dossier</translation>
    </message>
    <message>
        <source>Er staat al een bestand {name}. Wilt u het vervangen?</source>
        <translation>There is already a file {name}. Do you want to replace it?</translation>
    </message>
    <message>
        <source>&amp;Vervangen</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Niet vervangen</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>GlossaryDock</name>
    <message>
        <source>Begrippen</source>
        <translation>Terms</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Zoek een begrip…</source>
        <translation>Search for a term…</translation>
    </message>
    <message>
        <source>Zoek een begrip</source>
        <translation>Search for a term</translation>
    </message>
    <message>
        <source>Zoek op een woord, ook in het Engels of in de uitleg.</source>
        <translation>Search for a word, also in English or in the explanation.</translation>
    </message>
    <message>
        <source>Met pijl omlaag gaat u naar de lijst.</source>
        <translation>Press the down arrow to go to the list.</translation>
    </message>
    <message>
        <source>Begrippen</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Uitleg van het begrip</source>
        <translation>Explanation of the term</translation>
    </message>
    <message>
        <source>Kies een begrip uit de lijst, of zoek op een woord.</source>
        <translation>Choose a term from the list, or search for a word.</translation>
    </message>
    <message>
        <source>Geen begrip gevonden voor ‘{search}’.</source>
        <translation>No term found for ‘{search}’.</translation>
    </message>
    <message>
        <source>Probeer een ander woord, of een deel van het woord.</source>
        <translation>Try another word, or part of the word.</translation>
    </message>
    <message>
        <source>Ook: {aliases}</source>
        <translation>Also: {aliases}</translation>
    </message>
    <message>
        <source>Te controleren:</source>
        <translation>To be checked:</translation>
    </message>
    <message>
        <source>de app weet dit niet zeker. Vraag het na bij de organisatie.</source>
        <translation>the app is not sure about this. Check with the organisation.</translation>
    </message>
    <message>
        <source>In het Engels: {term}</source>
        <translation>In English: {term}</translation>
    </message>
    <message>
        <source>Deze uitleg is bijgewerkt op {date}.</source>
        <translation>This explanation was updated on {date}.</translation>
    </message>
</context>
<context>
    <name>HeirsDialog</name>
    <message>
        <source>Erfgenamen</source>
        <translation>Heirs</translation>
    </message>
    <message>
        <source>Wie zijn de erfgenamen? U hebt ze nodig voor machtigingen en voor het concept van een boedelvolmacht: daarop komt voor elke erfgenaam een plek om te tekenen. Klik twee keer op een vak (of kies het en druk op F2) om het in te vullen.</source>
        <translation>Who are the heirs? You need them for mandates and for the draft boedelvolmacht, which has a place for each heir to sign. Double-click a cell (or select it and press F2) to fill it in.</translation>
    </message>
    <message>
        <source>Er is een testament: vul bij elke erfgenaam het deel in dat het testament noemt (bijvoorbeeld 1/2).</source>
        <translation>There is a will: fill in for each heir the part the will names (for example 1/2).</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Deel</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>In plaats van</source>
        <translation>In place of</translation>
    </message>
    <message>
        <source>Bij een kleinkind: de naam van het kind van de overledene dat eerder overleed of de erfenis verwierp. Zijn of haar kinderen erven dan samen dat deel.</source>
        <translation>For a grandchild: the name of the deceased&apos;s child who died earlier or refused the inheritance. That child&apos;s children then share its part.</translation>
    </message>
    <message>
        <source>Erfgenaam &amp;toevoegen</source>
        <translation>Add &amp;heir</translation>
    </message>
    <message>
        <source>&amp;Weghalen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Relatie tot de overledene</source>
        <translation>Relation to the deceased</translation>
    </message>
    <message>
        <source>{name} heeft een machtiging die nog loopt. Trek die machtiging eerst in; daarna kunt u deze erfgenaam weghalen.</source>
        <translation>{name} holds a mandate that is still running. Revoke that mandate first; then you can remove this heir.</translation>
    </message>
    <message>
        <source>Rij {row}: een kleinkind erft volgens de wet in de plaats van zijn of haar ouder. Vul bij &apos;In plaats van&apos; de naam van die ouder in: het kind van de overledene dat eerder overleed of de erfenis verwierp.</source>
        <translation>Row {row}: under the law a grandchild inherits in the place of its parent. Fill in that parent&apos;s name under &apos;In place of&apos;: the deceased&apos;s child who died earlier or refused the inheritance.</translation>
    </message>
    <message>
        <source>Rij {row}, deel: {problem}</source>
        <translation>Row {row}, part: {problem}</translation>
    </message>
    <message>
        <source>(nog niet bekend)</source>
        <translation>(not known yet)</translation>
    </message>
    <message>
        <source>Deze erfgenaam</source>
        <translation>This heir</translation>
    </message>
    <message>
        <source>Rij {row}: vul de voornamen of de achternaam in, of haal de rij weg.</source>
        <translation>Row {row}: fill in the first names or the surname, or remove the row.</translation>
    </message>
</context>
<context>
    <name>HousingPage</name>
    <message>
        <source>Wonen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Hoe woonde de overledene?</source>
        <translation>Where did the deceased live?</translation>
    </message>
    <message>
        <source>In een huurwoning</source>
        <translation>In a rented home</translation>
    </message>
    <message>
        <source>In een koopwoning</source>
        <translation>In a home they owned</translation>
    </message>
    <message>
        <source>In een verpleeghuis of verzorgingshuis</source>
        <translation>In a nursing home or care home</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Bij een huurwoning moet u de verhuurder inlichten. Wie blijft er wonen? Daar hangen de termijnen van af.</source>
        <translation>For a rented home you must inform the landlord. Who stays in the home? The deadlines depend on that.</translation>
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <source>Inkomen</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>Kruis alles aan wat de overledene kreeg. U mag meer dan één kiezen.</source>
        <translation>Tick everything the deceased received. You may choose more than one.</translation>
    </message>
    <message>
        <source>AOW</source>
        <translation>AOW (state pension)</translation>
    </message>
    <message>
        <source>Pensioen</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Een uitkering van UWV (zoals WW, ZW, WIA, WAO of Wajong)</source>
        <translation>A benefit from UWV (such as WW, ZW, WIA, WAO or Wajong)</translation>
    </message>
    <message>
        <source>Een Anw-uitkering (nabestaandenuitkering van de SVB)</source>
        <translation>An Anw benefit (survivor&apos;s benefit from the SVB)</translation>
    </message>
    <message>
        <source>Loon uit een baan</source>
        <translation>Wages from a job</translation>
    </message>
    <message>
        <source>Inkomen uit een eigen bedrijf</source>
        <translation>Income from their own business</translation>
    </message>
    <message>
        <source>Bijstand</source>
        <translation>Social assistance (bijstand)</translation>
    </message>
    <message>
        <source>Welke inkomsten had de overledene?</source>
        <translation>What income did the deceased have?</translation>
    </message>
    <message>
        <source>Weet ik niet (helemaal)</source>
        <translation>I don&apos;t know (fully)</translation>
    </message>
    <message>
        <source>Elke organisatie die geld betaalde, moet het overlijden weten. Soms is er nog een uitkering voor de nabestaanden.</source>
        <translation>Every organisation that paid money must be told about the death. Sometimes there is still a payment for the next of kin.</translation>
    </message>
    <message>
        <source>Bij welke pensioenfondsen had de overledene pensioen?</source>
        <translation>Which pension funds did the deceased have a pension with?</translation>
    </message>
    <message>
        <source>&amp;Andere fondsen (namen, gescheiden door komma&apos;s):</source>
        <translation>&amp;Other funds (names, separated by commas):</translation>
    </message>
    <message>
        <source>Andere pensioenfondsen</source>
        <translation>Other pension funds</translation>
    </message>
    <message>
        <source>Elk pensioenfonds krijgt een eigen brief. Kijk op het pensioenoverzicht (UPO) of de jaaropgaven van de overledene bij welke fondsen dat was. Log nooit in met de DigiD van de overledene.</source>
        <translation>Each pension fund gets its own letter. Look at the deceased&apos;s pension statement (UPO) or annual statements to see which funds they were. Never log in with the deceased&apos;s DigiD.</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarom vragen we dit?&lt;/b&gt; </source>
        <translation>&lt;b&gt;Why do we ask this?&lt;/b&gt; </translation>
    </message>
</context>
<context>
    <name>IntakeWizard</name>
    <message>
        <source>Vragen over de situatie</source>
        <translation>Questions about the situation</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; V&amp;orige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Klaar: toon mijn lijst</source>
        <translation>&amp;Done: show my list</translation>
    </message>
    <message>
        <source>&amp;Later verder</source>
        <translation>&amp;Continue later</translation>
    </message>
    <message>
        <source>U hebt alle vragen beantwoord.</source>
        <translation>You have answered all the questions.</translation>
    </message>
    <message>
        <source>Op 1 vraag weet u het antwoord nog niet:</source>
        <translation>There is 1 question you cannot answer yet:</translation>
    </message>
    <message>
        <source>Op {count} vragen weet u het antwoord nog niet:</source>
        <translation>There are {count} questions you cannot answer yet:</translation>
    </message>
    <message>
        <source>Dat is niet erg. In de lijst staat bij de taken die ervan afhangen welke vraag nog open is.</source>
        <translation>That is fine. In the list, the tasks that depend on them say which question is still open.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Post wijzigen</source>
        <translation>Change item</translation>
    </message>
    <message>
        <source>Post toevoegen</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Wat de overledene bezat of schuldig was op de dag van overlijden. Weet u de waarde nog niet, laat het bedrag dan leeg: u vult het later in.</source>
        <translation>What the deceased owned or owed on the date of death. If you do not know the value yet, leave the amount empty: you can fill it in later.</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Omschrijving:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>bijvoorbeeld ING of de notaris</source>
        <translation>for example ING or the notary</translation>
    </message>
    <message>
        <source>&amp;Bij (organisatie):</source>
        <translation>&amp;At (organisation):</translation>
    </message>
    <message>
        <source>rekening-, polis- of dossiernummer</source>
        <translation>account, policy or file number</translation>
    </message>
    <message>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>bijvoorbeeld 1.234,56 (leeg: nog onbekend)</source>
        <translation>for example 1.234,56 (empty: not known yet)</translation>
    </message>
    <message>
        <source>&amp;Waarde in euro:</source>
        <translation>&amp;Value in euros:</translation>
    </message>
    <message>
        <source>&amp;Hoe bekend:</source>
        <translation>&amp;How known:</translation>
    </message>
    <message>
        <source>&amp;Van wie:</source>
        <translation>&amp;Whose:</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Gevr&amp;aagd met brief:</source>
        <translation>&amp;Asked for by letter:</translation>
    </message>
    <message>
        <source>Waarde: schrijf een bedrag, bijvoorbeeld 1.234,56.</source>
        <translation>Value: write an amount, for example 1.234,56.</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>Adres onbekend</source>
        <translation>Address unknown</translation>
    </message>
    <message>
        <source>De app kent het adres van deze organisatie niet. Op de brief staat een stippellijn. Schrijf het adres daar zelf op voordat u de brief verstuurt. Het adres staat vaak op een brief van de organisatie of op haar website.</source>
        <translation>The app does not know this organisation&apos;s address. The letter shows a dotted line. Write the address there yourself before you send the letter. The address is often on a letter from the organisation or on its website.</translation>
    </message>
    <message>
        <source>Toch &amp;afdrukken</source>
        <translation>&amp;Print anyway</translation>
    </message>
    <message>
        <source>Brief afdrukken</source>
        <translation>Print letter</translation>
    </message>
    <message>
        <source>De brief wordt afgedrukt…</source>
        <translation>Printing the letter…</translation>
    </message>
    <message>
        <source>De brief is naar de printer gestuurd.</source>
        <translation>The letter has been sent to the printer.</translation>
    </message>
    <message>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Kies een map voor de brieven</source>
        <translation>Choose a folder for the letters</translation>
    </message>
    <message>
        <source>De brieven worden gemaakt…</source>
        <translation>Making the letters…</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Brieven maken</source>
        <translation>Making letters</translation>
    </message>
    <message>
        <source>Bezig met: {what}</source>
        <translation>Working on: {what}</translation>
    </message>
    <message>
        <source>{count} bestanden opgeslagen in {folder}.</source>
        <translation>{count} files saved in {folder}.</translation>
    </message>
    <message>
        <source>Gestopt. De brieven die al klaar waren, staan in {folder}.</source>
        <translation>Stopped. The letters that were already finished are in {folder}.</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>&lt;b&gt;Brieven die u kunt maken&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letters you can make&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Brieven die u kunt maken</source>
        <translation>Letters you can make</translation>
    </message>
    <message>
        <source>Brief &amp;maken</source>
        <translation>&amp;Make letter</translation>
    </message>
    <message>
        <source>Alle brieven &amp;opslaan…</source>
        <translation>Save all le&amp;tters…</translation>
    </message>
    <message>
        <source>Sla alle brieven en de overzichten op in een map, om af te drukken.</source>
        <translation>Save all the letters and the overviews in a folder, to print them.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gemaakte brieven (register)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Letters made (register)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gemaakte brieven</source>
        <translation>Letters made</translation>
    </message>
    <message>
        <source>&amp;Tekst aanpassen…</source>
        <translation>Edit te&amp;xt…</translation>
    </message>
    <message>
        <source>Af&amp;drukken…</source>
        <translation>Pr&amp;int…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Antwoord ontvan&amp;gen</source>
        <translation>Repl&amp;y received</translation>
    </message>
    <message>
        <source>&amp;Verstuurd</source>
        <translation>Mar&amp;k as sent</translation>
    </message>
    <message>
        <source>Zet de datum van vandaag als verzenddatum.</source>
        <translation>Set today&apos;s date as the date sent.</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Voorbeeld van de brief</source>
        <translation>Preview of the letter</translation>
    </message>
    <message>
        <source>Voorbeeld: {title}</source>
        <translation>Preview: {title}</translation>
    </message>
</context>
<context>
    <name>MandateActions</name>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>MandateDialog</name>
    <message>
        <source>Machtiging aanpassen</source>
        <translation>Change authorisation</translation>
    </message>
    <message>
        <source>Machtiging toevoegen</source>
        <translation>Add authorisation</translation>
    </message>
    <message>
        <source>Wie mag handelen</source>
        <translation>Who may act</translation>
    </message>
    <message>
        <source>{name} (contactpersoon)</source>
        <translation>{name} (contact person)</translation>
    </message>
    <message>
        <source>De contactpersoon</source>
        <translation>The contact person</translation>
    </message>
    <message>
        <source>{name} (erfgenaam)</source>
        <translation>{name} (heir)</translation>
    </message>
    <message>
        <source>Een organisatie (vul de naam in)</source>
        <translation>An organisation (enter the name)</translation>
    </message>
    <message>
        <source>Naam van de organisatie die mag handelen</source>
        <translation>Name of the organisation that may act</translation>
    </message>
    <message>
        <source>bijvoorbeeld Notariskantoor De Vries</source>
        <translation>for example Notariskantoor De Vries</translation>
    </message>
    <message>
        <source>&amp;Wie mag handelen:</source>
        <translation>&amp;Who may act:</translation>
    </message>
    <message>
        <source>Op grond waarvan</source>
        <translation>Based on what</translation>
    </message>
    <message>
        <source>Op &amp;grond van:</source>
        <translation>&amp;Based on:</translation>
    </message>
    <message>
        <source>Bewijs: welk document</source>
        <translation>Evidence: which document</translation>
    </message>
    <message>
        <source>bijvoorbeeld verklaring van erfrecht</source>
        <translation>for example certificate of inheritance (verklaring van erfrecht)</translation>
    </message>
    <message>
        <source>Let op: iemand anders heeft deze machtiging al in het overzicht, in dezelfde tijd. Trek die eerst in, of kies data die niet overlappen.</source>
        <translation>Note: someone else already holds this mandate in the register, for the same time. Revoke that one first, or choose dates that do not overlap.</translation>
    </message>
    <message>
        <source>&amp;Bewijs (document):</source>
        <translation>&amp;Evidence (document):</translation>
    </message>
    <message>
        <source>Datum van het bewijs</source>
        <translation>Date of the evidence</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Kenmerk van het bewijs</source>
        <translation>Reference of the evidence</translation>
    </message>
    <message>
        <source>&amp;Kenmerk:</source>
        <translation>&amp;Reference:</translation>
    </message>
    <message>
        <source>Kies de organisaties. Geef per organisatie aan wat mag, of kies hieronder één keer wat mag en klik ‘Voor alle gekozen’.</source>
        <translation>Choose the organisations. For each organisation, tick what is allowed. Or choose what is allowed once below, and click ‘For all chosen’.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Voor taak:</source>
        <translation>For tas&amp;k:</translation>
    </message>
    <message>
        <source>Naam van die &amp;organisatie:</source>
        <translation>Name of that &amp;organisation:</translation>
    </message>
    <message>
        <source>Alleen nodig als een organisatie mag handelen (kies die hierboven).</source>
        <translation>Only needed when an organisation may act (choose that above).</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Geldt vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Voor taak</source>
        <translation>For task</translation>
    </message>
    <message>
        <source>Hoe lang</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>&amp;Hoe lang:</source>
        <translation>How &amp;long:</translation>
    </message>
    <message>
        <source>Voor welke taak</source>
        <translation>For which task</translation>
    </message>
    <message>
        <source>(kies een taak)</source>
        <translation>(choose a task)</translation>
    </message>
    <message>
        <source>Tot en met welke datum</source>
        <translation>Up to and including which date</translation>
    </message>
    <message>
        <source>Tot en &amp;met:</source>
        <translation>&amp;Up to and including:</translation>
    </message>
    <message>
        <source>Geldt vanaf welke datum</source>
        <translation>Valid from which date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: meteen)</source>
        <translation>dd-mm-yyyy (empty: at once)</translation>
    </message>
    <message>
        <source>Geldt vana&amp;f:</source>
        <translation>&amp;Valid from:</translation>
    </message>
    <message>
        <source>Notitie bij de machtiging</source>
        <translation>Note on the mandate</translation>
    </message>
    <message>
        <source>bijvoorbeeld: brief van de Belastingdienst bewaard</source>
        <translation>for example: letter from the Belastingdienst kept</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Iemand die niet meer in het dossier staat</source>
        <translation>Someone no longer in the dossier</translation>
    </message>
    <message>
        <source>De nabestaandenmachtiging vraagt u aan bij de Belastingdienst. Maar één persoon of organisatie tegelijk kan haar hebben. Is er een testament? Dan is een verklaring van erfrecht of van executele nodig.</source>
        <translation>You request the nabestaandenmachtiging from the Belastingdienst. Only one person or organisation can hold it at a time. Is there a will? Then a verklaring van erfrecht or van executele is needed.</translation>
    </message>
</context>
<context>
    <name>MandateLabels</name>
    <message>
        <source>erfgenaam volgens de wet</source>
        <translation>heir by law</translation>
    </message>
    <message>
        <source>erfgenaam volgens het testament</source>
        <translation>heir under the will</translation>
    </message>
    <message>
        <source>executeur (met verklaring van executele)</source>
        <translation>executor (with a verklaring van executele)</translation>
    </message>
    <message>
        <source>verklaring van erfrecht</source>
        <translation>verklaring van erfrecht (certificate of inheritance)</translation>
    </message>
    <message>
        <source>boedelvolmacht, getekend door de mede-erfgenamen</source>
        <translation>boedelvolmacht, signed by the co-heirs</translation>
    </message>
    <message>
        <source>nabestaandenmachtiging van de Belastingdienst</source>
        <translation>nabestaandenmachtiging of the Belastingdienst</translation>
    </message>
    <message>
        <source>benoemd door de rechter</source>
        <translation>appointed by the court</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>financiën</source>
        <translation>finances</translation>
    </message>
    <message>
        <source>belastingen</source>
        <translation>taxes</translation>
    </message>
    <message>
        <source>toeslagen</source>
        <translation>allowances (toeslagen)</translation>
    </message>
    <message>
        <source>pensioen</source>
        <translation>pension</translation>
    </message>
    <message>
        <source>zorg</source>
        <translation>care</translation>
    </message>
    <message>
        <source>wonen</source>
        <translation>housing</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>inzien</source>
        <translation>view</translation>
    </message>
    <message>
        <source>wijzigen</source>
        <translation>change</translation>
    </message>
    <message>
        <source>aanvragen of indienen</source>
        <translation>apply or submit</translation>
    </message>
    <message>
        <source>eenmalig, voor één taak</source>
        <translation>once, for one task</translation>
    </message>
    <message>
        <source>tot een datum</source>
        <translation>until a date</translation>
    </message>
    <message>
        <source>geen einddatum</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>aangevraagd</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>(te controleren)</source>
        <translation>(to be checked)</translation>
    </message>
</context>
<context>
    <name>MandateRules</name>
    <message>
        <source>vul de naam in van de organisatie die mag handelen</source>
        <translation>fill in the name of the organisation that may act</translation>
    </message>
    <message>
        <source>kies minstens één organisatie</source>
        <translation>choose at least one organisation</translation>
    </message>
    <message>
        <source>staat er al; geef elke organisatie één keer, met alle rechten samen</source>
        <translation>is already listed; give each organisation once, with all its rights together</translation>
    </message>
    <message>
        <source>kies wat er mag (inzien, wijzigen of aanvragen)</source>
        <translation>choose what is allowed (view, change or apply)</translation>
    </message>
    <message>
        <source>eenmalig: kies de taak waarvoor het is</source>
        <translation>once only: choose the task it is for</translation>
    </message>
    <message>
        <source>tot een datum: geef die datum</source>
        <translation>until a date: give that date</translation>
    </message>
    <message>
        <source>ligt vóór {begin}; geef een latere datum of pas {begin} aan</source>
        <translation>is before {begin}; give a later date or change {begin}</translation>
    </message>
    <message>
        <source>onbekende status &apos;{status}&apos;</source>
        <translation>unknown status &apos;{status}&apos;</translation>
    </message>
    <message>
        <source>deze machtiging is {status}; daarna komt geen status meer. Maak een nieuwe machtiging.</source>
        <translation>this authorisation is {status}; no status can follow. Make a new authorisation.</translation>
    </message>
    <message>
        <source>ligt in de toekomst; geef de datum waarop het gebeurde</source>
        <translation>is in the future; give the date on which it happened</translation>
    </message>
    <message>
        <source>ligt vóór de datum van overlijden. Een machtiging voor de nalatenschap begint op of na de dag van overlijden, niet vóór het overlijden.</source>
        <translation>is before the date of death. An authorisation for the estate starts on or after the day of death, not before the death.</translation>
    </message>
    <message>
        <source>ligt vóór {date}, de datum van de vorige status ({status}). Kies die datum of later.</source>
        <translation>is before {date}, the date of the previous status ({status}). Choose that date or later.</translation>
    </message>
</context>
<context>
    <name>MandateStatusDialog</name>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Wanneer is deze machtiging aangevraagd?</source>
        <translation>When was this mandate requested?</translation>
    </message>
    <message>
        <source>Sinds wanneer geldt deze machtiging?</source>
        <translation>Since when has this mandate been valid?</translation>
    </message>
    <message>
        <source>Wanneer is deze machtiging ingetrokken? Daarna kunt u haar niet meer gebruiken. Wat eerder gebeurde, blijft in de geschiedenis staan.</source>
        <translation>When was this mandate revoked? After that it can no longer be used. What happened before stays in the history.</translation>
    </message>
    <message>
        <source>Datum van de nieuwe status</source>
        <translation>Date of the new status</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Notitie bij de nieuwe status</source>
        <translation>Note on the new status</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Datum: {problem}</source>
        <translation>Date: {problem}</translation>
    </message>
</context>
<context>
    <name>MandatesView</name>
    <message>
        <source>Let op bij machtigingen</source>
        <translation>Please note about authorisations</translation>
    </message>
    <message>
        <source>&amp;Overzicht:</source>
        <translation>Overvie&amp;w:</translation>
    </message>
    <message>
        <source>Overzicht van de machtigingen</source>
        <translation>Overview of the authorisations</translation>
    </message>
    <message>
        <source>per persoon of organisatie die mag handelen</source>
        <translation>by person or organisation that may act</translation>
    </message>
    <message>
        <source>per organisatie waar het voor geldt</source>
        <translation>by organisation it applies to</translation>
    </message>
    <message>
        <source>Machtigingen</source>
        <translation>Authorisations</translation>
    </message>
    <message>
        <source>Gegevens en geschiedenis van de machtiging</source>
        <translation>Details and history of the authorisation</translation>
    </message>
    <message>
        <source>Machtiging &amp;toevoegen…</source>
        <translation>Add a&amp;uthorisation…</translation>
    </message>
    <message>
        <source>Aan&amp;passen…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Status: aan&amp;gevraagd</source>
        <translation>Status: a&amp;pplied for</translation>
    </message>
    <message>
        <source>Status: a&amp;ctief</source>
        <translation>Status: ac&amp;tive</translation>
    </message>
    <message>
        <source>Intre&amp;kken</source>
        <translation>Revo&amp;ke</translation>
    </message>
    <message>
        <source>P&amp;DF van het overzicht…</source>
        <translation>PDF of the overv&amp;iew…</translation>
    </message>
    <message>
        <source>Concept boedel&amp;volmacht…</source>
        <translation>Draft estate power of attorne&amp;y…</translation>
    </message>
    <message>
        <source>Een concept om door de erfgenamen te laten tekenen, met wat u in deze machtiging hebt gekozen. Laat het eerst nakijken door een notaris.</source>
        <translation>A draft for the heirs to sign, with what you chose in this authorisation. Have a notary check it first.</translation>
    </message>
    <message>
        <source>&amp;Erfgenamen…</source>
        <translation>H&amp;eirs…</translation>
    </message>
    <message>
        <source>Wie de erfgenamen zijn: zij kunnen een machtiging krijgen en tekenen.</source>
        <translation>Who the heirs are: they can hold a mandate and sign.</translation>
    </message>
    <message>
        <source>{status} — {basis} — {duration}</source>
        <translation>{status} — {basis} — {duration}</translation>
    </message>
    <message>
        <source>tot en met {date}</source>
        <translation>up to and including {date}</translation>
    </message>
    <message>
        <source>eenmalig: {task}</source>
        <translation>one-off: {task}</translation>
    </message>
    <message>
        <source>Er staan nog geen machtigingen in het overzicht.</source>
        <translation>There are no authorisations in the overview yet.</translation>
    </message>
    <message>
        <source>Let op</source>
        <translation>Please note</translation>
    </message>
    <message>
        <source>Grondslag:</source>
        <translation>Legal basis:</translation>
    </message>
    <message>
        <source>Bewijs:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>Geschiedenis:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Kies eerst een machtiging in de lijst.</source>
        <translation>First choose a mandate in the list.</translation>
    </message>
    <message>
        <source>Deze machtiging is voorbij: daar hoort geen nieuw concept bij.</source>
        <translation>This mandate is over: no new draft goes with it.</translation>
    </message>
    <message>
        <source>Alleen voor een machtiging op grond van een boedelvolmacht. Kies die bij ‘Op grond van’ als de erfgenamen er een tekenen.</source>
        <translation>Only for a mandate based on a boedelvolmacht. Choose that under ‘Based on’ if the heirs sign one.</translation>
    </message>
</context>
<context>
    <name>MoneyPage</name>
    <message>
        <source>Schulden en erfenis</source>
        <translation>Debts and inheritance</translation>
    </message>
    <message>
        <source>Had de overledene een studieschuld bij DUO?</source>
        <translation>Did the deceased have a student debt with DUO?</translation>
    </message>
    <message>
        <source>DUO hoort het overlijden vanzelf. Maar er kan nog iets te regelen zijn; de app zegt u wat.</source>
        <translation>DUO hears of the death by itself. But something may still need arranging; the app tells you what.</translation>
    </message>
    <message>
        <source>Had de overledene een auto, motor of ander voertuig met een kenteken?</source>
        <translation>Did the deceased have a car, motorbike or other vehicle with a registration number?</translation>
    </message>
    <message>
        <source>Een voertuig moet op naam van een erfgenaam komen, of worden verkocht of gesloopt. Tot dan lopen de verzekering en de wegenbelasting door.</source>
        <translation>A vehicle must be put in an heir&apos;s name, or be sold or scrapped. Until then, the insurance and road tax keep running.</translation>
    </message>
    <message>
        <source>Moet er misschien erfbelasting betaald worden?</source>
        <translation>Might inheritance tax have to be paid?</translation>
    </message>
    <message>
        <source>Elke erfgenaam heeft een bedrag waarover hij geen erfbelasting betaalt (de vrijstelling). Hoe hoog dat is, hangt af van de familieband. Krijgt iemand meer? Dan stuurt de Belastingdienst meestal een brief voor de aangifte. Weet u het niet? Kies dan ‘Weet ik niet’; een notaris kan helpen.</source>
        <translation>Each heir has an amount on which no inheritance tax is due (the exemption). How much it is depends on the family tie. Does someone receive more? Then the Belastingdienst usually sends a letter for the return. Don&apos;t know? Choose ‘Don&apos;t know’; a notary can help.</translation>
    </message>
</context>
<context>
    <name>OfferModel</name>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Nodig?</source>
        <translation>Needed?</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Misschien</source>
        <translation>Maybe</translation>
    </message>
</context>
<context>
    <name>OfficeActions</name>
    <message>
        <source>De kantoordatabase wordt geopend…</source>
        <translation>Opening the office database…</translation>
    </message>
    <message>
        <source>Zonder het wachtwoord van uw rol kan de kantoordatabase niet worden geopend. Er is niets veranderd.</source>
        <translation>Without the password of your role the office database cannot be opened. Nothing was changed.</translation>
    </message>
    <message>
        <source>Op kantoor zorgt de beheerder voor de beveiliging en de reservekopieën van de server.</source>
        <translation>At the office, the administrator takes care of the server&apos;s security and backups.</translation>
    </message>
    <message>
        <source>Kantoor: {where}, u bent {role}</source>
        <translation>Office: {where}, you are {role}</translation>
    </message>
    <message>
        <source>(alleen lezen)</source>
        <translation>(read only)</translation>
    </message>
    <message>
        <source>Wijzigingen van collega&apos;s komen niet meer vanzelf binnen ({reason}); de lijst wordt nu elke {seconds} seconden opnieuw gelezen.</source>
        <translation>Colleagues&apos; changes no longer arrive by themselves ({reason}); the list is now read again every {seconds} seconds.</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Kantoor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Werkt u bij een bewindvoerderskantoor of notariskantoor met een gedeelde database? Vul dan het adres in dat de beheerder u gaf. Ieder heeft een eigen naam (een databaserol); het wachtwoord vraagt de app bij het verbinden en bewaart het in de sleutelbos van deze computer, nooit in een bestand.</source>
        <translation>Do you work at a firm of administrators or a notary&apos;s office with a shared database? Then fill in the address the administrator gave you. Everyone has their own name (a database role); the app asks for the password when connecting and keeps it in this computer&apos;s keyring, never in a file.</translation>
    </message>
    <message>
        <source>Op kantoor staan de gegevens op de server van het kantoor, niet versleuteld in uw map. De beheerder zorgt dan voor de beveiliging: een versleutelde schijf, een beveiligde verbinding (TLS) en reservekopieën (pg_dump). Reservekopieën en het herstelblad van de app horen bij uw eigen map.</source>
        <translation>At the office the data is on the office&apos;s server, not encrypted in your folder. The administrator then takes care of security: an encrypted disk, a secure connection (TLS) and backups (pg_dump). The app&apos;s backups and recovery sheet belong to your own folder.</translation>
    </message>
    <message>
        <source>Adres van de kantoordatabase:</source>
        <translation>Address of the office database:</translation>
    </message>
    <message>
        <source>Adres van de kantoordatabase</source>
        <translation>Address of the office database</translation>
    </message>
    <message>
        <source>Het venster is gestart met --database-url; dat adres geldt tot u de app sluit. Wat u hier opslaat, geldt bij de volgende start.</source>
        <translation>The window was started with --database-url; that address holds until you close the app. What you save here holds from the next start.</translation>
    </message>
    <message>
        <source>Opslaan en verbinden</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <source>Eigen map gebruiken</source>
        <translation>Use my own folder</translation>
    </message>
</context>
<context>
    <name>OfficePasswordDialog</name>
    <message>
        <source>Wachtwoord voor het kantoor</source>
        <translation>Password for the office</translation>
    </message>
    <message>
        <source>De kantoordatabase {where} vraagt het wachtwoord van uw rol &apos;{role}&apos;. De app bewaart het daarna in de sleutelbos van deze computer.</source>
        <translation>The office database {where} asks for the password of your role &apos;{role}&apos;. The app then keeps it in this computer&apos;s keyring.</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Typ het wachtwoord.</source>
        <translation>Type the password.</translation>
    </message>
</context>
<context>
    <name>PageBase</name>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Machtigingen</source>
        <translation>Authorisations</translation>
    </message>
    <message>
        <source>Erfenis</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen: {reason}</source>
        <translation>The file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>De partner</source>
        <translation>The partner</translation>
    </message>
    <message>
        <source>Had de overledene een partner?</source>
        <translation>Did the deceased have a partner?</translation>
    </message>
    <message>
        <source>Ja, getrouwd</source>
        <translation>Yes, married</translation>
    </message>
    <message>
        <source>Ja, geregistreerd partner</source>
        <translation>Yes, registered partner</translation>
    </message>
    <message>
        <source>Ja, samenwonend met een samenlevingscontract bij de notaris</source>
        <translation>Yes, living together with a cohabitation agreement made by a notary</translation>
    </message>
    <message>
        <source>Ja, samenwonend zonder samenlevingscontract</source>
        <translation>Yes, living together without a cohabitation agreement</translation>
    </message>
    <message>
        <source>Ja, samenwonend, maar ik weet niet of er een contract is</source>
        <translation>Yes, living together, but I don&apos;t know if there is an agreement</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Weet ik niet</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <source>Een partner kan recht hebben op een uitkering of een pensioen. Ook de huur en de toeslagen hangen hiervan af.</source>
        <translation>A partner may be entitled to a benefit or a pension. The rent and the allowances (toeslagen) also depend on this.</translation>
    </message>
    <message>
        <source>Voornamen van de partner</source>
        <translation>First names of the partner</translation>
    </message>
    <message>
        <source>Tussenvoegsel van de partner</source>
        <translation>Surname prefix of the partner</translation>
    </message>
    <message>
        <source>Achternaam van de partner</source>
        <translation>Surname of the partner</translation>
    </message>
    <message>
        <source>Voor&amp;namen van de partner:</source>
        <translation>Partner&apos;s first &amp;names:</translation>
    </message>
    <message>
        <source>T&amp;ussenvoegsel:</source>
        <translation>Surname pre&amp;fix:</translation>
    </message>
    <message>
        <source>&amp;Achternaam:</source>
        <translation>&amp;Surname:</translation>
    </message>
    <message>
        <source>Geboortedatum van de partner</source>
        <translation>Partner&apos;s date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum van de &amp;partner:</source>
        <translation>&amp;Partner&apos;s date of birth:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarom vragen we dit?&lt;/b&gt; Is de partner jonger dan de AOW-leeftijd? Dan kan de partner misschien een Anw-uitkering krijgen.</source>
        <translation>&lt;b&gt;Why do we ask this?&lt;/b&gt; Is the partner younger than the state pension (AOW) age? Then the partner may be able to get an Anw benefit.</translation>
    </message>
    <message>
        <source>Is de partner voor minstens 45% arbeidsongeschikt?</source>
        <translation>Is the partner at least 45% unfit for work?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Waarom vragen we dit?&lt;/b&gt; Ook dan kan de partner recht hebben op een Anw-uitkering.</source>
        <translation>&lt;b&gt;Why do we ask this?&lt;/b&gt; In that case, too, the partner may be entitled to an Anw benefit.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Wachtwoordzin kiezen</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>De sleutelbos van deze computer is vergrendeld of kan de sleutel van uw gegevens niet bewaren.</source>
        <translation>The keyring of this computer is locked or cannot store the key to your information.</translation>
    </message>
    <message>
        <source>Op deze computer is geen sleutelbos beschikbaar om de sleutel van uw gegevens in te bewaren.</source>
        <translation>This computer has no keyring to store the key to your information in.</translation>
    </message>
    <message>
        <source>Kies daarom een wachtwoordzin. U typt die elke keer als u de app opent.

Bent u de wachtwoordzin kwijt, dan opent u uw gegevens met de herstelsleutel. Die krijgt u na het eerste dossier, op een herstelblad.</source>
        <translation>So please choose a passphrase. You type it each time you open the app.

If you lose the passphrase, you open your information with the recovery key. You get it after the first file, on a recovery sheet.</translation>
    </message>
    <message>
        <source>Wilt u toch de sleutelbos gebruiken? Klik dan op Annuleren, ontgrendel de sleutelbos en probeer het opnieuw.</source>
        <translation>Would you rather use the keyring? Then click Cancel, unlock the keyring and try again.</translation>
    </message>
    <message>
        <source>Uw gegevens zijn beveiligd. Typ uw wachtwoordzin om ze te openen.</source>
        <translation>Your information is protected. Type your passphrase to open it.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Wachtwoordzin nog een keer</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>&amp;Nog een keer:</source>
        <translation>Type it &amp;again:</translation>
    </message>
    <message>
        <source>Typ uw wachtwoordzin.</source>
        <translation>Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Herstellen met de herstelsleutel</source>
        <translation>Recover with the recovery key</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel over van uw herstelblad: 5 groepen van 5 tekens. Kleine letters, spaties en streepjes mogen. Uw gegevens veranderen niet; de app bewaart alleen de sleutel opnieuw.</source>
        <translation>Type the recovery key from your recovery sheet: 5 groups of 5 characters. Lower case, spaces and dashes are fine. Your information does not change; the app only stores the key again.</translation>
    </message>
    <message>
        <source>Kies daarna een nieuwe wachtwoordzin. Daarmee opent u uw gegevens voortaan.</source>
        <translation>Then choose a new passphrase. From now on you open your information with it.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel:</source>
        <translation>&amp;Recovery key:</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Nieuwe wachtwoordzin nog een keer</source>
        <translation>New passphrase again</translation>
    </message>
    <message>
        <source>&amp;Nieuwe wachtwoordzin:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>N&amp;og een keer:</source>
        <translation>&amp;Once more:</translation>
    </message>
    <message>
        <source>Typ de herstelsleutel van het herstelblad.</source>
        <translation>Type the recovery key from the recovery sheet.</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF-bestand (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <source>Het herstelblad staat in {path}. Druk het af en verwijder daarna het bestand: wie het heeft, kan uw gegevens openen.</source>
        <translation>The recovery sheet is in {path}. Print it, then delete the file: whoever has it can open your information.</translation>
    </message>
    <message>
        <source>Uw gegevens worden geopend…</source>
        <translation>Opening your information…</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <source>Uw herstelsleutel</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Een herinnering: u hebt nog niet aangegeven dat uw herstelsleutel veilig is opgeborgen.</source>
        <translation>A reminder: you have not yet said that your recovery key is stored safely.</translation>
    </message>
    <message>
        <source>Met de herstelsleutel opent u uw gegevens als de gewone sleutel weg is: op een nieuwe computer, na het opnieuw installeren van Windows, of als u uw wachtwoordzin vergeten bent. Ook de reservekopieën gaan ermee open.</source>
        <translation>The recovery key opens your information when the usual key is gone: on a new computer, after reinstalling Windows, or if you forgot your passphrase. It opens the backups too.</translation>
    </message>
    <message>
        <source>Sla het herstelblad op en druk het af, of schrijf de sleutel over. Bewaar het papier op een veilige plek, niet bij de computer. Wie de sleutel heeft, kan uw gegevens openen.</source>
        <translation>Save the recovery sheet and print it, or write the key down. Keep the paper in a safe place, not near the computer. Whoever has the key can open your information.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>5 groepen van 5 tekens</source>
        <translation>5 groups of 5 characters</translation>
    </message>
    <message>
        <source>Herstelblad &amp;opslaan als PDF…</source>
        <translation>&amp;Save recovery sheet as PDF…</translation>
    </message>
    <message>
        <source>Ik heb het herstelblad afgedrukt of de sleutel opgeschreven, en veilig opgeborgen.</source>
        <translation>I have printed the recovery sheet or written the key down, and stored it safely.</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>&amp;Later herinneren</source>
        <translation>Remind me &amp;later</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>ontvangen {date}</source>
        <translation>received {date}</translation>
    </message>
    <message>
        <source>TE LAAT: verwacht {date}</source>
        <translation>OVERDUE: expected {date}</translation>
    </message>
    <message>
        <source>verwacht {date}</source>
        <translation>expected {date}</translation>
    </message>
    <message>
        <source>concept, verouderd</source>
        <translation>draft, out of date</translation>
    </message>
    <message>
        <source>De gegevens zijn veranderd sinds deze brief is gemaakt (bijvoorbeeld uw naam of adres). Maak de brief opnieuw bij Brieven: dan staat het goed erin.</source>
        <translation>The details have changed since this letter was made (your name or address, for example). Make the letter again under Letters: then it is right.</translation>
    </message>
</context>
<context>
    <name>SecurityDialog</name>
    <message>
        <source>Beveiliging en opslag</source>
        <translation>Security and storage</translation>
    </message>
    <message>
        <source>Is die sleutel weg, of bent u de wachtwoordzin vergeten, dan opent u uw gegevens met de herstelsleutel. Die staat op het herstelblad. Bewaar het herstelblad op papier, op een veilige plek.</source>
        <translation>If that key is gone, or you forgot the passphrase, you open your information with the recovery key. It is on the recovery sheet. Keep the recovery sheet on paper, in a safe place.</translation>
    </message>
    <message>
        <source>&amp;Herstelsleutel en herstelblad…</source>
        <translation>&amp;Recovery key and recovery sheet…</translation>
    </message>
    <message>
        <source>Voordat de app uw gegevens omzet naar een nieuwe versie, maakt hij een reservekopie in {folder}. Die is met dezelfde sleutel versleuteld; de herstelsleutel opent hem op elke computer.</source>
        <translation>Before the app converts your information to a new version, it makes a backup in {folder}. It is encrypted with the same key; the recovery key opens it on any computer.</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Organisaties en wat mag</source>
        <translation>Organisations and what is allowed</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Andere organisatie toevoegen</source>
        <translation>Add another organisation</translation>
    </message>
    <message>
        <source>Andere organisatie (naam)</source>
        <translation>Other organisation (name)</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Wat mag:</source>
        <translation>What is allowed:</translation>
    </message>
    <message>
        <source>Voor &amp;alle gekozen</source>
        <translation>&amp;For all chosen</translation>
    </message>
    <message>
        <source>Kies alle organisaties van de &amp;soort:</source>
        <translation>Choose all organisations of the &amp;type:</translation>
    </message>
    <message>
        <source>Ki&amp;es</source>
        <translation>Choo&amp;se</translation>
    </message>
    <message>
        <source>Soort dienst bij {name}</source>
        <translation>Type of service at {name}</translation>
    </message>
</context>
<context>
    <name>StoreOpening</name>
    <message>
        <source>Uw gegevens worden geopend…</source>
        <translation>Opening your information…</translation>
    </message>
    <message>
        <source>Zonder wachtwoordzin kunnen uw gegevens niet worden geopend. Bent u hem vergeten? Dan opent u ze met de herstelsleutel van het herstelblad.</source>
        <translation>Without the passphrase, your information cannot be opened. Did you forget it? Then open it with the recovery key on the recovery sheet.</translation>
    </message>
    <message>
        <source>Uw gegevens konden door een fout in de app niet worden geopend. Het bestand is niet veranderd. Probeer het opnieuw; lukt het dan nog niet, meld dan de fout.</source>
        <translation>An error in the app stopped your information from opening. The file has not been changed. Try again; if it still does not work, please report the error.</translation>
    </message>
    <message>
        <source>&amp;Reservekopie van {date} terugzetten</source>
        <translation>&amp;Restore the backup of {date}</translation>
    </message>
    <message>
        <source>De reservekopie wordt teruggezet…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Uw gegevens zijn bijgewerkt. Reservekopie: {path}</source>
        <translation>Your information has been updated. Backup: {path}</translation>
    </message>
</context>
<context>
    <name>TaskDetail</name>
    <message>
        <source>Uitleg bij de taak</source>
        <translation>Explanation of the task</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Status van de taak</source>
        <translation>Status of the task</translation>
    </message>
    <message>
        <source>Notitie bij de taak</source>
        <translation>Note on the task</translation>
    </message>
    <message>
        <source>N&amp;otitie (alleen voor uzelf):</source>
        <translation>Note (just for &amp;you):</translation>
    </message>
    <message>
        <source>Brieven bij deze &amp;taak:</source>
        <translation>Letters for this tas&amp;k:</translation>
    </message>
    <message>
        <source>Brieven bij deze taak</source>
        <translation>Letters for this task</translation>
    </message>
    <message>
        <source>Brief &amp;maken…</source>
        <translation>&amp;Make a letter…</translation>
    </message>
    <message>
        <source>Kies links een taak om te zien wat u moet doen.</source>
        <translation>Choose a task on the left to see what you need to do.</translation>
    </message>
    <message>
        <source>(alleen als het nodig is)</source>
        <translation>(only if it is needed)</translation>
    </message>
    <message>
        <source>Bij deze taak hoort geen brief.</source>
        <translation>This task has no letter.</translation>
    </message>
    <message>
        <source>Organisatie:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Termijn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Deze organisatie hoort het overlijden vanzelf via de gemeente (BRP).</source>
        <translation>This organisation is told about the death automatically through the municipality (BRP).</translation>
    </message>
    <message>
        <source>Dit geldt misschien. Dat hangt af van:</source>
        <translation>This may apply. That depends on:</translation>
    </message>
    <message>
        <source>Eerst klaar:</source>
        <translation>Finish first:</translation>
    </message>
    <message>
        <source>Dit kan pas vanaf {date}.</source>
        <translation>This can only be done from {date}.</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Wie mag dit nu regelen (machtigingen)?</source>
        <translation>Who may arrange this now (authorisations)?</translation>
    </message>
    <message>
        <source>Er staat nog geen actieve machtiging voor deze organisatie in het overzicht.</source>
        <translation>No active authorisation for this organisation is recorded yet.</translation>
    </message>
    <message>
        <source>Wat moet u doen?</source>
        <translation>What do you need to do?</translation>
    </message>
    <message>
        <source>Wat hebt u nodig?</source>
        <translation>What do you need?</translation>
    </message>
    <message>
        <source>Wat stuurt u mee?</source>
        <translation>What do you send with it?</translation>
    </message>
    <message>
        <source>Zijn de papieren al verstuurd?</source>
        <translation>Have the papers been sent?</translation>
    </message>
    <message>
        <source>{form} verstuurd aan {organisation} op {date}</source>
        <translation>{form} sent to {organisation} on {date}</translation>
    </message>
    <message>
        <source>een onbekende datum</source>
        <translation>an unknown date</translation>
    </message>
    <message>
        <source>(bij de brief „{title}”)</source>
        <translation>(with the letter “{title}”)</translation>
    </message>
    <message>
        <source>nog niet verstuurd.</source>
        <translation>not sent yet.</translation>
    </message>
    <message>
        <source>Alleen als de organisatie erom vraagt.</source>
        <translation>Only if the organisation asks for it.</translation>
    </message>
    <message>
        <source>Dit komt uit het tabblad Erfenis (Verstuurde documenten) en uit de brieven die u als verstuurd hebt gemarkeerd.</source>
        <translation>This comes from the Estate tab (Documents sent) and from the letters you marked as sent.</translation>
    </message>
    <message>
        <source>Te controleren:</source>
        <translation>To be checked:</translation>
    </message>
    <message>
        <source>Dit is nog niet bevestigd. Vraag het na.</source>
        <translation>This has not been confirmed yet. Please check.</translation>
    </message>
    <message>
        <source>Bronnen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Deze uitleg is bijgewerkt op {date}.</source>
        <translation>This explanation was updated on {date}.</translation>
    </message>
</context>
<context>
    <name>TaskTreeModel</name>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Wie mag regelen</source>
        <translation>Who may act</translation>
    </message>
    <message>
        <source>{done} van {total} klaar</source>
        <translation>{done} of {total} done</translation>
    </message>
    <message>
        <source>(geldt misschien)</source>
        <translation>(may apply)</translation>
    </message>
</context>
<context>
    <name>WillPage</name>
    <message>
        <source>Testament</source>
        <translation>Will</translation>
    </message>
    <message>
        <source>Had de overledene een testament?</source>
        <translation>Did the deceased have a will?</translation>
    </message>
    <message>
        <source>Met een testament is vaak een notaris nodig voor een verklaring van erfrecht. Weet u het niet? Een notaris kan het voor u opzoeken in het Centraal Testamentenregister.</source>
        <translation>With a will, you often need a notary for a certificate of inheritance. Don&apos;t know? A notary can look it up for you in the Central Wills Register.</translation>
    </message>
</context>
<context>
    <name>WindowBase</name>
    <message>
        <source>Uw gegevens worden geopend…</source>
        <translation>Opening your information…</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Herstellen met herstelsleutel…</source>
        <translation>&amp;Recover with recovery key…</translation>
    </message>
    <message>
        <source>Toch &amp;openen, zonder het logbestand</source>
        <translation>&amp;Open anyway, without the log file</translation>
    </message>
    <message>
        <source>&amp;Kantoor instellen…</source>
        <translation>Set up the &amp;office…</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>&amp;Importeren…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Een dossier inlezen uit een dossierbestand (.json)</source>
        <translation>Read a dossier in from a dossier file (.json)</translation>
    </message>
    <message>
        <source>&amp;Exporteren…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Het gekozen dossier opslaan als dossierbestand (.json)</source>
        <translation>Save the chosen dossier as a dossier file (.json)</translation>
    </message>
    <message>
        <source>&amp;Reservekopie…</source>
        <translation>&amp;Backup…</translation>
    </message>
    <message>
        <source>Dossier &amp;kopiëren naar de kantoordatabase…</source>
        <translation>&amp;Copy the dossier to the office database…</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Begrippen (uitleg van woorden)</source>
        <translation>&amp;Glossary (what words mean)</translation>
    </message>
    <message>
        <source>&amp;Lijst van dossiers tonen</source>
        <translation>Show the &amp;list of dossiers</translation>
    </message>
    <message>
        <source>Verberg de lijst voor meer ruimte, bijvoorbeeld bij grote letters.</source>
        <translation>Hide the list for more room, for instance with large text.</translation>
    </message>
    <message>
        <source>&amp;Vragen over de situatie…</source>
        <translation>&amp;Questions about the situation…</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Beveiliging en opslag…</source>
        <translation>&amp;Security and storage…</translation>
    </message>
    <message>
        <source>&amp;Weergave en taal…</source>
        <translation>&amp;Display and language…</translation>
    </message>
    <message>
        <source>&amp;Kantoor (gedeelde database)…</source>
        <translation>&amp;Office (shared database)…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&lt;b&gt;Dossiers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dossiers&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Zoek op naam…</source>
        <translation>Search by name…</translation>
    </message>
    <message>
        <source>Zoek een dossier op naam</source>
        <translation>Search for a dossier by name</translation>
    </message>
    <message>
        <source>Ook gea&amp;rchiveerde</source>
        <translation>Also arc&amp;hived</translation>
    </message>
    <message>
        <source>Toon ook gearchiveerde dossiers</source>
        <translation>Also show archived dossiers</translation>
    </message>
    <message>
        <source>Alleen te laat (termi&amp;jn voorbij)</source>
        <translation>Only &amp;overdue (deadline passed)</translation>
    </message>
    <message>
        <source>Toon alleen dossiers met een termijn die voorbij is</source>
        <translation>Show only dossiers with an overdue deadline</translation>
    </message>
    <message>
        <source>Lijst van dossiers</source>
        <translation>List of dossiers</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier</source>
        <translation>&amp;New dossier</translation>
    </message>
    <message>
        <source>&amp;Hernoemen…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Archiveren</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <source>Ver&amp;wijderen…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Welkom bij Nabestaanden</source>
        <translation>Welcome to Nabestaanden</translation>
    </message>
    <message>
        <source>Be&amp;gin: maak een dossier</source>
        <translation>&amp;Begin: make a dossier</translation>
    </message>
</context>
</TS>
