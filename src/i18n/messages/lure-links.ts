import type { FindingCatalogue } from '../types';

export const lureLinkMessages: FindingCatalogue = {
  'lure/links.textMismatch': {
    en: {
      title: 'Link shows one address but opens another',
      explanation: 'The link text says {shown}, but clicking it opens {actual}. Real senders rarely do this; fake log-in pages almost always do.',
      senderLearns: 'They want you to trust the address you see and land on their site instead, often to steal a password.',
      action: 'Do not click. If you need the site, type its address yourself. Report the message to IT security.',
    },
    fr: {
      title: 'Le lien affiche une adresse mais en ouvre une autre',
      explanation: 'Le texte du lien indique {shown}, mais un clic ouvre {actual}. Les expéditeurs honnêtes le font rarement ; les fausses pages de connexion presque toujours.',
      senderLearns: 'Ils veulent que vous fassiez confiance à l’adresse affichée pour vous amener sur leur site, souvent pour voler un mot de passe.',
      action: 'Ne cliquez pas. Si vous avez besoin du site, tapez vous-même son adresse. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Link toont het ene adres maar opent een ander',
      explanation: 'De linktekst zegt {shown}, maar een klik opent {actual}. Betrouwbare afzenders doen dit zelden; valse inlogpagina’s bijna altijd.',
      senderLearns: 'Ze willen dat u het getoonde adres vertrouwt en op hun site belandt, vaak om een wachtwoord te stelen.',
      action: 'Klik niet. Hebt u de site nodig, typ het adres dan zelf in. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Link zeigt eine Adresse, öffnet aber eine andere',
      explanation: 'Der Linktext lautet {shown}, ein Klick öffnet aber {actual}. Seriöse Absender tun das selten, gefälschte Anmeldeseiten fast immer.',
      senderLearns: 'Sie sollen der angezeigten Adresse vertrauen und auf ihrer Seite landen – oft, um ein Passwort zu stehlen.',
      action: 'Nicht klicken. Wenn Sie die Seite brauchen, geben Sie die Adresse selbst ein. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/links.httpsDowngrade': {
    en: {
      title: 'Link claims to be secure but is not',
      explanation: 'The link text shows a secure “https” address on {host}, but the link itself uses an unprotected “http” connection.',
      senderLearns: 'Nothing by itself, but anyone on the network could read or change what you send through that link.',
      action: 'Avoid entering passwords or personal data after clicking it. Type the secure address yourself if needed.',
    },
    fr: {
      title: 'Le lien se dit sécurisé mais ne l’est pas',
      explanation: 'Le texte du lien affiche une adresse sécurisée « https » sur {host}, mais le lien utilise une connexion « http » non protégée.',
      senderLearns: 'Rien en soi, mais toute personne sur le réseau pourrait lire ou modifier ce que vous envoyez par ce lien.',
      action: 'N’entrez ni mot de passe ni données personnelles après avoir cliqué. Au besoin, tapez vous-même l’adresse sécurisée.',
    },
    nl: {
      title: 'Link lijkt beveiligd maar is het niet',
      explanation: 'De linktekst toont een beveiligd “https”-adres op {host}, maar de link zelf gebruikt een onbeveiligde “http”-verbinding.',
      senderLearns: 'Op zich niets, maar iedereen op het netwerk kan lezen of wijzigen wat u via die link verstuurt.',
      action: 'Vul na het klikken geen wachtwoorden of persoonsgegevens in. Typ zo nodig het beveiligde adres zelf in.',
    },
    de: {
      title: 'Link gibt sich sicher aus, ist es aber nicht',
      explanation: 'Der Linktext zeigt eine sichere „https“-Adresse auf {host}, der Link selbst nutzt aber eine ungeschützte „http“-Verbindung.',
      senderLearns: 'Für sich genommen nichts, aber jeder im Netzwerk könnte mitlesen oder verändern, was Sie über diesen Link senden.',
      action: 'Geben Sie nach dem Klick keine Passwörter oder persönlichen Daten ein. Tippen Sie die sichere Adresse bei Bedarf selbst ein.',
    },
  },
  'lure/links.ipHost': {
    en: {
      title: 'Link goes to a bare number instead of a name',
      explanation: 'A link points to the internet address {host} (written as {written}) rather than to a named website. Genuine organisations use names.',
      senderLearns: 'They hide who runs the site you would land on.',
      action: 'Do not click unless you know exactly why an internal system would be reached this way. Ask IT if unsure.',
    },
    fr: {
      title: 'Le lien mène à un numéro au lieu d’un nom',
      explanation: 'Un lien pointe vers l’adresse internet {host} (écrite {written}) plutôt que vers un site nommé. Les organisations sérieuses utilisent des noms.',
      senderLearns: 'Ils cachent qui gère le site sur lequel vous arriveriez.',
      action: 'Ne cliquez pas, sauf si vous savez précisément pourquoi un système interne serait joint ainsi. En cas de doute, demandez au service informatique.',
    },
    nl: {
      title: 'Link gaat naar een kaal nummer in plaats van een naam',
      explanation: 'Een link wijst naar het internetadres {host} (geschreven als {written}) in plaats van naar een website met een naam. Echte organisaties gebruiken namen.',
      senderLearns: 'Ze verbergen wie de site beheert waarop u zou belanden.',
      action: 'Klik niet, tenzij u precies weet waarom een intern systeem zo bereikt wordt. Vraag het bij twijfel aan IT.',
    },
    de: {
      title: 'Link führt zu einer Nummer statt zu einem Namen',
      explanation: 'Ein Link zeigt auf die Internetadresse {host} (geschrieben als {written}) statt auf eine benannte Website. Seriöse Organisationen verwenden Namen.',
      senderLearns: 'Sie verbergen, wer die Seite betreibt, auf der Sie landen würden.',
      action: 'Nicht klicken, außer Sie wissen genau, warum ein internes System so erreicht wird. Fragen Sie im Zweifel die IT.',
    },
  },
  'lure/links.userinfoTrick': {
    en: {
      title: 'Link disguises its real destination',
      explanation: 'The link starts with “{shown}”, but everything before the @ sign is ignored: it really opens {host}.',
      senderLearns: 'They want you to believe you are going to {shown}, usually to capture a password.',
      action: 'Do not click and do not enter any password. Report the message to IT security.',
    },
    fr: {
      title: 'Le lien masque sa vraie destination',
      explanation: 'Le lien commence par « {shown} », mais tout ce qui précède le signe @ est ignoré : il ouvre en réalité {host}.',
      senderLearns: 'Ils veulent vous faire croire que vous allez sur {shown}, généralement pour capturer un mot de passe.',
      action: 'Ne cliquez pas et ne saisissez aucun mot de passe. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Link verhult zijn echte bestemming',
      explanation: 'De link begint met “{shown}”, maar alles vóór het @-teken wordt genegeerd: in werkelijkheid opent hij {host}.',
      senderLearns: 'Ze willen u laten geloven dat u naar {shown} gaat, meestal om een wachtwoord buit te maken.',
      action: 'Klik niet en vul geen wachtwoord in. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Link verschleiert sein echtes Ziel',
      explanation: 'Der Link beginnt mit „{shown}“, aber alles vor dem @-Zeichen wird ignoriert: Tatsächlich öffnet er {host}.',
      senderLearns: 'Sie sollen glauben, dass Sie zu {shown} gehen – meist, um ein Passwort abzugreifen.',
      action: 'Nicht klicken und kein Passwort eingeben. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/links.shortener': {
    en: {
      title: 'Shortened link hides where it goes',
      explanation: 'A link uses the shortening service {host}, so you cannot see where it leads until you click it.',
      senderLearns: 'Shorteners usually count each click, so the sender may learn that you clicked and when.',
      action: 'Only click if you trust the sender and expected this link.',
    },
    fr: {
      title: 'Un lien raccourci cache sa destination',
      explanation: 'Un lien passe par le service de raccourcissement {host} : impossible de voir où il mène avant de cliquer.',
      senderLearns: 'Ces services comptent généralement chaque clic : l’expéditeur peut savoir que vous avez cliqué, et quand.',
      action: 'Ne cliquez que si vous faites confiance à l’expéditeur et attendiez ce lien.',
    },
    nl: {
      title: 'Verkorte link verbergt waar hij heen gaat',
      explanation: 'Een link gebruikt de verkortingsdienst {host}, zodat u pas na het klikken ziet waar hij naartoe leidt.',
      senderLearns: 'Verkorters tellen meestal elke klik, dus de afzender kan te weten komen dat en wanneer u klikte.',
      action: 'Klik alleen als u de afzender vertrouwt en deze link verwachtte.',
    },
    de: {
      title: 'Gekürzter Link verbirgt sein Ziel',
      explanation: 'Ein Link nutzt den Kürzungsdienst {host}; wohin er führt, sehen Sie erst nach dem Klick.',
      senderLearns: 'Kürzungsdienste zählen meist jeden Klick – der Absender kann also erfahren, dass und wann Sie geklickt haben.',
      action: 'Klicken Sie nur, wenn Sie dem Absender vertrauen und den Link erwartet haben.',
    },
  },
  'lure/links.scriptScheme': {
    en: {
      title: 'Link runs a script',
      explanation: 'A link in this message is a “{scheme}:” instruction, not a web address. Legitimate e-mails never contain these.',
      senderLearns: 'They try to run code in your mail program or browser when you click.',
      action: 'Do not click. Report the message to IT security.',
    },
    fr: {
      title: 'Le lien exécute un script',
      explanation: 'Un lien de ce message est une instruction « {scheme}: », pas une adresse web. Les e-mails légitimes n’en contiennent jamais.',
      senderLearns: 'Ils tentent d’exécuter du code dans votre messagerie ou votre navigateur lorsque vous cliquez.',
      action: 'Ne cliquez pas. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Link voert een script uit',
      explanation: 'Een link in dit bericht is een “{scheme}:”-opdracht, geen webadres. Legitieme e-mails bevatten die nooit.',
      senderLearns: 'Ze proberen code uit te voeren in uw mailprogramma of browser zodra u klikt.',
      action: 'Klik niet. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Link führt ein Skript aus',
      explanation: 'Ein Link in dieser Nachricht ist eine „{scheme}:“-Anweisung, keine Webadresse. Seriöse E-Mails enthalten so etwas nie.',
      senderLearns: 'Sie versuchen, beim Klick Code in Ihrem E-Mail-Programm oder Browser auszuführen.',
      action: 'Nicht klicken. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/links.dataScheme': {
    en: {
      title: 'Link carries a hidden page',
      explanation: 'A link contains its own content ({mediaType}) instead of pointing to a website. This is used to show fake log-in pages that no filter has checked.',
      senderLearns: 'They want you to type information into a page they built.',
      action: 'Do not click or type anything into what opens. Report the message to IT security.',
    },
    fr: {
      title: 'Le lien contient une page cachée',
      explanation: 'Un lien embarque son propre contenu ({mediaType}) au lieu de pointer vers un site. Ce procédé sert à afficher de fausses pages de connexion qu’aucun filtre n’a vérifiées.',
      senderLearns: 'Ils veulent que vous saisissiez des informations dans une page qu’ils ont fabriquée.',
      action: 'Ne cliquez pas et ne tapez rien dans ce qui s’ouvre. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Link bevat een verborgen pagina',
      explanation: 'Een link bevat zijn eigen inhoud ({mediaType}) in plaats van naar een website te wijzen. Zo tonen aanvallers valse inlogpagina’s die geen filter heeft gecontroleerd.',
      senderLearns: 'Ze willen dat u gegevens invult op een pagina die zij hebben gemaakt.',
      action: 'Klik niet en typ niets in wat er opent. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Link enthält eine versteckte Seite',
      explanation: 'Ein Link enthält eigenen Inhalt ({mediaType}), statt auf eine Website zu verweisen. So werden gefälschte Anmeldeseiten gezeigt, die kein Filter geprüft hat.',
      senderLearns: 'Sie sollen Daten in eine Seite eingeben, die die Absender gebaut haben.',
      action: 'Nicht klicken und nichts in das Geöffnete eingeben. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/links.fileScheme': {
    en: {
      title: 'Link opens a file on a network share',
      explanation: 'A link points to a file location ({target}) rather than a website. Opening it can make your computer send your sign-in details to that machine.',
      senderLearns: 'Possibly a scrambled copy of your Windows sign-in, which attackers can try to crack.',
      action: 'Do not click. If you expected a shared file, ask the sender through another channel.',
    },
    fr: {
      title: 'Le lien ouvre un fichier sur un partage réseau',
      explanation: 'Un lien pointe vers un emplacement de fichier ({target}) et non vers un site. L’ouvrir peut amener votre ordinateur à envoyer vos informations de connexion à cette machine.',
      senderLearns: 'Peut-être une version chiffrée de votre connexion Windows, que des attaquants peuvent tenter de casser.',
      action: 'Ne cliquez pas. Si vous attendiez un fichier partagé, vérifiez auprès de l’expéditeur par un autre moyen.',
    },
    nl: {
      title: 'Link opent een bestand op een netwerkschijf',
      explanation: 'Een link wijst naar een bestandslocatie ({target}) in plaats van een website. Openen kan ervoor zorgen dat uw computer uw inloggegevens naar die machine stuurt.',
      senderLearns: 'Mogelijk een versleutelde kopie van uw Windows-aanmelding, die aanvallers proberen te kraken.',
      action: 'Klik niet. Verwachtte u een gedeeld bestand, vraag het de afzender dan via een ander kanaal.',
    },
    de: {
      title: 'Link öffnet eine Datei auf einer Netzwerkfreigabe',
      explanation: 'Ein Link verweist auf einen Dateipfad ({target}) statt auf eine Website. Beim Öffnen kann Ihr Computer Ihre Anmeldedaten an diesen Rechner senden.',
      senderLearns: 'Möglicherweise eine verschlüsselte Form Ihrer Windows-Anmeldung, die Angreifer zu knacken versuchen.',
      action: 'Nicht klicken. Wenn Sie eine freigegebene Datei erwarten, fragen Sie den Absender auf anderem Weg.',
    },
  },
  'lure/links.punycodeHost': {
    en: {
      title: 'Link uses an international domain name',
      explanation: 'A link goes to {host}, a name written with special or foreign letters. Such names can look exactly like a well-known site.',
      senderLearns: 'Nothing by itself; it can be used to imitate a familiar address.',
      action: 'Check the address carefully before entering anything on that site.',
    },
    fr: {
      title: 'Le lien utilise un nom de domaine international',
      explanation: 'Un lien mène à {host}, un nom écrit avec des caractères spéciaux ou étrangers. De tels noms peuvent ressembler trait pour trait à un site connu.',
      senderLearns: 'Rien en soi ; le procédé peut servir à imiter une adresse familière.',
      action: 'Vérifiez soigneusement l’adresse avant de saisir quoi que ce soit sur ce site.',
    },
    nl: {
      title: 'Link gebruikt een internationale domeinnaam',
      explanation: 'Een link gaat naar {host}, een naam met speciale of buitenlandse letters. Zulke namen kunnen precies op een bekende site lijken.',
      senderLearns: 'Op zich niets; het kan gebruikt worden om een vertrouwd adres na te bootsen.',
      action: 'Controleer het adres zorgvuldig voordat u op die site iets invult.',
    },
    de: {
      title: 'Link verwendet einen internationalen Domainnamen',
      explanation: 'Ein Link führt zu {host}, einem Namen mit Sonder- oder fremden Schriftzeichen. Solche Namen können einer bekannten Seite zum Verwechseln ähnlich sehen.',
      senderLearns: 'Für sich genommen nichts; so lässt sich aber eine vertraute Adresse nachahmen.',
      action: 'Prüfen Sie die Adresse genau, bevor Sie auf dieser Seite etwas eingeben.',
    },
  },
  'lure/links.executableLink': {
    en: {
      title: 'Link downloads a program',
      explanation: 'A link on {host} downloads “{file}”, a .{extension} file that runs code when opened.',
      senderLearns: 'If you open it, the program can take control of your computer.',
      action: 'Do not download or open it. Software comes from IT, not from e-mail links.',
    },
    fr: {
      title: 'Le lien télécharge un programme',
      explanation: 'Un lien vers {host} télécharge « {file} », un fichier .{extension} qui exécute du code à l’ouverture.',
      senderLearns: 'Si vous l’ouvrez, le programme peut prendre le contrôle de votre ordinateur.',
      action: 'Ne le téléchargez pas et ne l’ouvrez pas. Les logiciels viennent du service informatique, pas de liens dans des e-mails.',
    },
    nl: {
      title: 'Link downloadt een programma',
      explanation: 'Een link naar {host} downloadt “{file}”, een .{extension}-bestand dat code uitvoert wanneer u het opent.',
      senderLearns: 'Als u het opent, kan het programma uw computer overnemen.',
      action: 'Download en open het niet. Software komt van IT, niet uit links in e-mails.',
    },
    de: {
      title: 'Link lädt ein Programm herunter',
      explanation: 'Ein Link zu {host} lädt „{file}“ herunter, eine .{extension}-Datei, die beim Öffnen Code ausführt.',
      senderLearns: 'Wenn Sie sie öffnen, kann das Programm Ihren Computer übernehmen.',
      action: 'Nicht herunterladen und nicht öffnen. Software kommt von der IT, nicht aus Links in E-Mails.',
    },
  },
  'lure/links.archiveLink': {
    en: {
      title: 'Link downloads an archive',
      explanation: 'A link on {host} downloads “{file}”, a .{extension} archive or disk image. These are often used to slip programs past filters.',
      senderLearns: 'Nothing yet; the risk is in what the archive contains.',
      action: 'Only open it if you expected it from this sender. Never run programs found inside.',
    },
    fr: {
      title: 'Le lien télécharge une archive',
      explanation: 'Un lien vers {host} télécharge « {file} », une archive ou image disque .{extension}. Ce format sert souvent à faire passer des programmes à travers les filtres.',
      senderLearns: 'Rien pour l’instant ; le risque tient au contenu de l’archive.',
      action: 'Ne l’ouvrez que si vous l’attendiez de cet expéditeur. N’exécutez jamais un programme trouvé dedans.',
    },
    nl: {
      title: 'Link downloadt een archief',
      explanation: 'Een link naar {host} downloadt “{file}”, een .{extension}-archief of schijfkopie. Die worden vaak gebruikt om programma’s langs filters te smokkelen.',
      senderLearns: 'Nog niets; het risico zit in wat het archief bevat.',
      action: 'Open het alleen als u het van deze afzender verwachtte. Start nooit programma’s die erin zitten.',
    },
    de: {
      title: 'Link lädt ein Archiv herunter',
      explanation: 'Ein Link zu {host} lädt „{file}“ herunter, ein .{extension}-Archiv oder Datenträgerabbild. Damit werden oft Programme an Filtern vorbeigeschleust.',
      senderLearns: 'Noch nichts; das Risiko liegt im Inhalt des Archivs.',
      action: 'Öffnen Sie es nur, wenn Sie es von diesem Absender erwartet haben. Starten Sie nie darin enthaltene Programme.',
    },
  },
  'lure/links.recipientInLink': {
    en: {
      title: 'Link contains your e-mail address',
      explanation: 'A link to {host} carries your address ({recipient}). The page can greet you by name or pre-fill a log-in form to look genuine.',
      senderLearns: 'That you personally clicked, and possibly that your address is real and read.',
      action: 'Be careful: a page that already knows your address is not proof it is genuine. Never enter your password there.',
    },
    fr: {
      title: 'Le lien contient votre adresse e-mail',
      explanation: 'Un lien vers {host} transporte votre adresse ({recipient}). La page peut ainsi vous saluer ou pré-remplir un formulaire de connexion pour paraître authentique.',
      senderLearns: 'Que c’est vous qui avez cliqué, et peut-être que votre adresse est valide et lue.',
      action: 'Méfiance : une page qui connaît déjà votre adresse n’est pas forcément authentique. N’y saisissez jamais votre mot de passe.',
    },
    nl: {
      title: 'Link bevat uw e-mailadres',
      explanation: 'Een link naar {host} bevat uw adres ({recipient}). Zo kan de pagina u bij naam begroeten of een inlogformulier vooraf invullen om echt te lijken.',
      senderLearns: 'Dat u persoonlijk klikte, en mogelijk dat uw adres bestaat en gelezen wordt.',
      action: 'Wees voorzichtig: een pagina die uw adres al kent, is daarom nog niet echt. Vul er nooit uw wachtwoord in.',
    },
    de: {
      title: 'Link enthält Ihre E-Mail-Adresse',
      explanation: 'Ein Link zu {host} enthält Ihre Adresse ({recipient}). So kann die Seite Sie begrüßen oder ein Anmeldeformular vorausfüllen, um echt zu wirken.',
      senderLearns: 'Dass Sie persönlich geklickt haben, und womöglich, dass Ihre Adresse gültig ist und gelesen wird.',
      action: 'Vorsicht: Eine Seite, die Ihre Adresse schon kennt, ist deshalb nicht echt. Geben Sie dort nie Ihr Passwort ein.',
    },
  },
};
