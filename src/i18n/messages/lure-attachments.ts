import type { FindingCatalogue } from '../types';

export const lureAttachmentMessages: FindingCatalogue = {
  'lure/attachments.executable': {
    en: {
      title: 'Attachment is a program',
      explanation: '“{name}” is a {extension} file: opening it runs code on your computer. Colleagues and partners do not send programs by e-mail.',
      senderLearns: 'If opened, the program can spy on you, steal files or take over your computer.',
      action: 'Do not open it. Report the message to IT security.',
    },
    fr: {
      title: 'La pièce jointe est un programme',
      explanation: '« {name} » est un fichier {extension} : l’ouvrir exécute du code sur votre ordinateur. Collègues et partenaires n’envoient pas de programmes par e-mail.',
      senderLearns: 'S’il est ouvert, le programme peut vous espionner, voler des fichiers ou prendre le contrôle de votre ordinateur.',
      action: 'Ne l’ouvrez pas. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Bijlage is een programma',
      explanation: '“{name}” is een {extension}-bestand: openen voert code uit op uw computer. Collega’s en partners sturen geen programma’s per e-mail.',
      senderLearns: 'Eenmaal geopend kan het programma u bespioneren, bestanden stelen of uw computer overnemen.',
      action: 'Open het niet. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Anhang ist ein Programm',
      explanation: '„{name}“ ist eine {extension}-Datei: Beim Öffnen wird Code auf Ihrem Computer ausgeführt. Kollegen und Partner verschicken keine Programme per E-Mail.',
      senderLearns: 'Geöffnet kann das Programm Sie ausspähen, Dateien stehlen oder Ihren Computer übernehmen.',
      action: 'Nicht öffnen. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/attachments.activeContent': {
    en: {
      title: 'Attachment can show a fake page or run macros',
      explanation: '“{name}” is a {extension} file. Such files can open a fake log-in page in your browser or carry macros that run code.',
      senderLearns: 'They may want your password, or to run code if you enable content.',
      action: 'Open it only if you expected it from this sender. Never enter a password in a page opened from an attachment, and never click “Enable content”.',
    },
    fr: {
      title: 'La pièce jointe peut afficher une fausse page ou lancer des macros',
      explanation: '« {name} » est un fichier {extension}. Ce type de fichier peut ouvrir une fausse page de connexion dans votre navigateur ou contenir des macros qui exécutent du code.',
      senderLearns: 'Ils peuvent chercher à obtenir votre mot de passe, ou à lancer du code si vous activez le contenu.',
      action: 'Ne l’ouvrez que si vous l’attendiez de cet expéditeur. Ne saisissez jamais de mot de passe dans une page issue d’une pièce jointe, et ne cliquez jamais sur « Activer le contenu ».',
    },
    nl: {
      title: 'Bijlage kan een valse pagina tonen of macro’s starten',
      explanation: '“{name}” is een {extension}-bestand. Zulke bestanden kunnen een valse inlogpagina in uw browser openen of macro’s bevatten die code uitvoeren.',
      senderLearns: 'Ze kunnen uw wachtwoord willen, of code willen uitvoeren als u de inhoud inschakelt.',
      action: 'Open het alleen als u het van deze afzender verwachtte. Vul nooit een wachtwoord in op een pagina uit een bijlage en klik nooit op “Inhoud inschakelen”.',
    },
    de: {
      title: 'Anhang kann eine gefälschte Seite zeigen oder Makros starten',
      explanation: '„{name}“ ist eine {extension}-Datei. Solche Dateien können eine gefälschte Anmeldeseite im Browser öffnen oder Makros enthalten, die Code ausführen.',
      senderLearns: 'Sie könnten Ihr Passwort wollen oder Code ausführen, sobald Sie Inhalte aktivieren.',
      action: 'Öffnen Sie ihn nur, wenn Sie ihn von diesem Absender erwartet haben. Geben Sie nie ein Passwort in eine Seite aus einem Anhang ein und klicken Sie nie auf „Inhalt aktivieren“.',
    },
  },
  'lure/attachments.doubleExtension': {
    en: {
      title: 'Attachment pretends to be a document',
      explanation: 'The name “{name}” is made to look like a harmless document, but the file really is .{extension}, which can run code.',
      senderLearns: 'They count on you opening what you think is a document, so their code runs.',
      action: 'Do not open it. Report the message to IT security.',
    },
    fr: {
      title: 'La pièce jointe se fait passer pour un document',
      explanation: 'Le nom « {name} » imite un document inoffensif, mais le fichier est en réalité un .{extension}, capable d’exécuter du code.',
      senderLearns: 'Ils comptent sur le fait que vous ouvriez ce que vous croyez être un document, pour que leur code s’exécute.',
      action: 'Ne l’ouvrez pas. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Bijlage doet zich voor als document',
      explanation: 'De naam “{name}” lijkt op een onschuldig document, maar het bestand is in werkelijkheid .{extension} en kan code uitvoeren.',
      senderLearns: 'Ze rekenen erop dat u opent wat u voor een document houdt, zodat hun code draait.',
      action: 'Open het niet. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Anhang gibt sich als Dokument aus',
      explanation: 'Der Name „{name}“ soll wie ein harmloses Dokument aussehen, die Datei ist aber in Wahrheit .{extension} und kann Code ausführen.',
      senderLearns: 'Sie setzen darauf, dass Sie ein vermeintliches Dokument öffnen und ihr Code läuft.',
      action: 'Nicht öffnen. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/attachments.hiddenCharacters': {
    en: {
      title: 'Attachment name contains hidden characters',
      explanation: 'The name “{name}” contains an invisible control character ({character}) that can reverse or hide part of the name, so the file type you see is not the real one.',
      senderLearns: 'They want you to open a file believing it is something else.',
      action: 'Do not open it. Report the message to IT security.',
    },
    fr: {
      title: 'Le nom de la pièce jointe contient des caractères cachés',
      explanation: 'Le nom « {name} » contient un caractère de contrôle invisible ({character}) capable d’inverser ou de masquer une partie du nom : le type de fichier affiché n’est pas le vrai.',
      senderLearns: 'Ils veulent que vous ouvriez un fichier en le prenant pour autre chose.',
      action: 'Ne l’ouvrez pas. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Naam van de bijlage bevat verborgen tekens',
      explanation: 'De naam “{name}” bevat een onzichtbaar stuurteken ({character}) dat een deel van de naam kan omdraaien of verbergen; het bestandstype dat u ziet, is niet het echte.',
      senderLearns: 'Ze willen dat u een bestand opent in de veronderstelling dat het iets anders is.',
      action: 'Open het niet. Meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Name des Anhangs enthält versteckte Zeichen',
      explanation: 'Der Name „{name}“ enthält ein unsichtbares Steuerzeichen ({character}), das Teile des Namens umdrehen oder verbergen kann – der angezeigte Dateityp ist nicht der echte.',
      senderLearns: 'Sie sollen eine Datei öffnen, die Sie für etwas anderes halten.',
      action: 'Nicht öffnen. Melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/attachments.disguisedArchive': {
    en: {
      title: 'Archive named like a document',
      explanation: '“{name}” is a .{extension} archive named to look like a document. Archives are a common way to get programs past mail filters.',
      senderLearns: 'Nothing yet; the danger is in what the archive contains.',
      action: 'Do not open it unless you expected it. Report it if you did not.',
    },
    fr: {
      title: 'Archive déguisée en document',
      explanation: '« {name} » est une archive .{extension} nommée pour ressembler à un document. Les archives servent souvent à faire passer des programmes à travers les filtres de messagerie.',
      senderLearns: 'Rien pour l’instant ; le danger tient au contenu de l’archive.',
      action: 'Ne l’ouvrez pas si vous ne l’attendiez pas, et signalez-la dans ce cas.',
    },
    nl: {
      title: 'Archief met de naam van een document',
      explanation: '“{name}” is een .{extension}-archief met een naam die op een document lijkt. Archieven zijn een bekende manier om programma’s langs mailfilters te krijgen.',
      senderLearns: 'Nog niets; het gevaar zit in wat het archief bevat.',
      action: 'Open het niet als u het niet verwachtte, en meld het dan.',
    },
    de: {
      title: 'Archiv mit Dokumentnamen',
      explanation: '„{name}“ ist ein .{extension}-Archiv, dessen Name wie ein Dokument aussieht. Archive sind ein üblicher Weg, Programme an Mailfiltern vorbeizuschleusen.',
      senderLearns: 'Noch nichts; die Gefahr liegt im Inhalt des Archivs.',
      action: 'Öffnen Sie es nicht, wenn Sie es nicht erwartet haben, und melden Sie es dann.',
    },
  },
  'lure/attachments.archive': {
    en: {
      title: 'Compressed archive attached',
      explanation: '“{name}” is a .{extension} archive. Its contents cannot be checked here.',
      senderLearns: 'Nothing by itself.',
      action: 'If you open it, do not run any program found inside.',
    },
    fr: {
      title: 'Archive compressée en pièce jointe',
      explanation: '« {name} » est une archive .{extension}. Son contenu ne peut pas être vérifié ici.',
      senderLearns: 'Rien en soi.',
      action: 'Si vous l’ouvrez, n’exécutez aucun programme qui s’y trouve.',
    },
    nl: {
      title: 'Gecomprimeerd archief bijgevoegd',
      explanation: '“{name}” is een .{extension}-archief. De inhoud kan hier niet worden gecontroleerd.',
      senderLearns: 'Op zich niets.',
      action: 'Als u het opent, start dan geen programma’s die erin zitten.',
    },
    de: {
      title: 'Komprimiertes Archiv angehängt',
      explanation: '„{name}“ ist ein .{extension}-Archiv. Sein Inhalt kann hier nicht geprüft werden.',
      senderLearns: 'Für sich genommen nichts.',
      action: 'Wenn Sie es öffnen, starten Sie keine darin enthaltenen Programme.',
    },
  },
};
