import type { FindingCatalogue } from '../types';

// Texts for authentication results, Microsoft safety tips and lookalike domains.
export const lureSenderAuthMessages: FindingCatalogue = {
  'lure/auth-failure.failed': {
    en: {
      title: 'Sender check partly failed',
      explanation: 'Our mail server could not fully confirm that this message was sent by {domain}: {methods}.',
      senderLearns: 'Nothing by itself. This also happens with forwarded mail and badly configured senders, so it is only a warning sign.',
      action: 'Be more careful if the message also asks you to click, sign in, pay or open an attachment.',
    },
    fr: {
      title: 'Contrôle de l’expéditeur partiellement échoué',
      explanation: 'Notre serveur de messagerie n’a pas pu confirmer entièrement que ce message a été envoyé par {domain} : {methods}.',
      senderLearns: 'Rien en soi. Cela arrive aussi avec des messages transférés ou des expéditeurs mal configurés ; ce n’est qu’un signe d’alerte.',
      action: 'Soyez plus prudent si le message vous demande aussi de cliquer, de vous connecter, de payer ou d’ouvrir une pièce jointe.',
    },
    nl: {
      title: 'Afzendercontrole deels mislukt',
      explanation: 'Onze mailserver kon niet volledig bevestigen dat dit bericht door {domain} werd verstuurd: {methods}.',
      senderLearns: 'Op zich niets. Dit gebeurt ook bij doorgestuurde berichten en slecht ingestelde afzenders, dus het is enkel een waarschuwing.',
      action: 'Wees extra voorzichtig als het bericht u ook vraagt te klikken, in te loggen, te betalen of een bijlage te openen.',
    },
    de: {
      title: 'Absenderprüfung teilweise fehlgeschlagen',
      explanation: 'Unser Mailserver konnte nicht vollständig bestätigen, dass diese Nachricht von {domain} gesendet wurde: {methods}.',
      senderLearns: 'Für sich genommen nichts. Das kommt auch bei weitergeleiteten Nachrichten und schlecht eingerichteten Absendern vor, es ist also nur ein Warnzeichen.',
      action: 'Seien Sie vorsichtiger, wenn die Nachricht Sie zusätzlich bittet, zu klicken, sich anzumelden, zu zahlen oder einen Anhang zu öffnen.',
    },
  },
  'lure/auth-failure.dmarcFailed': {
    en: {
      title: 'Sender address could not be confirmed',
      explanation: 'Our mail server checked whether this message really comes from {domain} and the check failed ({methods}). The sender address may be forged.',
      senderLearns: 'Nothing by itself, but a forged sender address is how impostors make a message look familiar.',
      action: 'Do not trust the sender name or address. If the message asks for anything, confirm through a channel you know, and report it if it looks wrong.',
    },
    fr: {
      title: 'L’adresse de l’expéditeur n’a pas pu être confirmée',
      explanation: 'Notre serveur de messagerie a vérifié si ce message vient vraiment de {domain} et la vérification a échoué ({methods}). L’adresse de l’expéditeur est peut-être falsifiée.',
      senderLearns: 'Rien en soi, mais une adresse d’expéditeur falsifiée permet aux imposteurs de rendre un message familier.',
      action: 'Ne vous fiez ni au nom ni à l’adresse de l’expéditeur. Si le message demande quelque chose, confirmez par un canal que vous connaissez, et signalez-le s’il vous paraît suspect.',
    },
    nl: {
      title: 'Afzenderadres kon niet worden bevestigd',
      explanation: 'Onze mailserver controleerde of dit bericht echt van {domain} komt en die controle mislukte ({methods}). Het afzenderadres is mogelijk vervalst.',
      senderLearns: 'Op zich niets, maar met een vervalst afzenderadres laten oplichters een bericht vertrouwd lijken.',
      action: 'Vertrouw de afzendernaam en het adres niet. Vraagt het bericht iets, bevestig dat dan via een kanaal dat u kent, en meld het als het niet klopt.',
    },
    de: {
      title: 'Absenderadresse konnte nicht bestätigt werden',
      explanation: 'Unser Mailserver hat geprüft, ob diese Nachricht wirklich von {domain} kommt, und die Prüfung ist fehlgeschlagen ({methods}). Die Absenderadresse ist möglicherweise gefälscht.',
      senderLearns: 'Für sich genommen nichts, aber mit einer gefälschten Absenderadresse lassen Betrüger eine Nachricht vertraut wirken.',
      action: 'Vertrauen Sie weder Absendername noch Adresse. Wenn die Nachricht etwas verlangt, bestätigen Sie es über einen Ihnen bekannten Weg, und melden Sie sie, wenn etwas nicht stimmt.',
    },
  },
  'lure/safety-tip.domainImpersonation': {
    en: {
      title: 'Microsoft warns: imitates a known domain',
      explanation: 'Microsoft’s mail protection found that this message comes from a domain made to look like one you know.',
      senderLearns: 'The sender wants you to mistake them for a trusted organisation and act on that trust.',
      action: 'Do not reply, click or open attachments. Report the message to IT security.',
    },
    fr: {
      title: 'Microsoft avertit : imite un domaine connu',
      explanation: 'La protection de messagerie de Microsoft a constaté que ce message vient d’un domaine conçu pour ressembler à un domaine que vous connaissez.',
      senderLearns: 'L’expéditeur veut que vous le preniez pour une organisation de confiance et que vous agissiez en conséquence.',
      action: 'Ne répondez pas, ne cliquez pas et n’ouvrez pas les pièces jointes. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Microsoft waarschuwt: imiteert een bekend domein',
      explanation: 'De mailbeveiliging van Microsoft stelde vast dat dit bericht komt van een domein dat lijkt op een domein dat u kent.',
      senderLearns: 'De afzender wil dat u hem aanziet voor een vertrouwde organisatie en op dat vertrouwen handelt.',
      action: 'Antwoord niet, klik niet en open geen bijlagen. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Microsoft warnt: ahmt eine bekannte Domain nach',
      explanation: 'Der E-Mail-Schutz von Microsoft hat festgestellt, dass diese Nachricht von einer Domain kommt, die einer Ihnen bekannten nachgebildet ist.',
      senderLearns: 'Der Absender möchte, dass Sie ihn für eine vertrauenswürdige Organisation halten und entsprechend handeln.',
      action: 'Antworten Sie nicht, klicken Sie nichts an und öffnen Sie keine Anhänge. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/safety-tip.userImpersonation': {
    en: {
      title: 'Microsoft warns: imitates a person you know',
      explanation: 'Microsoft’s mail protection found that this message uses the name of a person you know, from another address.',
      senderLearns: 'The sender borrows someone’s name to get an answer, a payment, documents or a click from you.',
      action: 'Contact the person through their usual address or by phone before doing anything. Report the message to IT security.',
    },
    fr: {
      title: 'Microsoft avertit : imite une personne que vous connaissez',
      explanation: 'La protection de messagerie de Microsoft a constaté que ce message utilise le nom d’une personne que vous connaissez, depuis une autre adresse.',
      senderLearns: 'L’expéditeur emprunte le nom de quelqu’un pour obtenir de vous une réponse, un paiement, des documents ou un clic.',
      action: 'Contactez la personne par son adresse habituelle ou par téléphone avant de faire quoi que ce soit. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Microsoft waarschuwt: imiteert iemand die u kent',
      explanation: 'De mailbeveiliging van Microsoft stelde vast dat dit bericht de naam gebruikt van iemand die u kent, vanaf een ander adres.',
      senderLearns: 'De afzender leent iemands naam om van u een antwoord, betaling, documenten of een klik te krijgen.',
      action: 'Neem contact op met die persoon via het gewone adres of telefonisch voordat u iets doet. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Microsoft warnt: ahmt eine Ihnen bekannte Person nach',
      explanation: 'Der E-Mail-Schutz von Microsoft hat festgestellt, dass diese Nachricht den Namen einer Ihnen bekannten Person mit einer anderen Adresse verwendet.',
      senderLearns: 'Der Absender leiht sich den Namen einer Person, um von Ihnen eine Antwort, eine Zahlung, Dokumente oder einen Klick zu bekommen.',
      action: 'Kontaktieren Sie die Person über ihre übliche Adresse oder telefonisch, bevor Sie etwas tun. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/safety-tip.firstContact': {
    en: {
      title: 'First message from this sender',
      explanation: 'Microsoft notes that you do not usually get mail from {address}.',
      senderLearns: 'Nothing by itself.',
      action: 'No action needed, but take a moment to check who the sender is before acting on a request.',
    },
    fr: {
      title: 'Premier message de cet expéditeur',
      explanation: 'Microsoft signale que vous ne recevez habituellement pas de courriels de {address}.',
      senderLearns: 'Rien en soi.',
      action: 'Aucune action nécessaire, mais prenez un instant pour vérifier qui est l’expéditeur avant de donner suite à une demande.',
    },
    nl: {
      title: 'Eerste bericht van deze afzender',
      explanation: 'Microsoft merkt op dat u gewoonlijk geen e-mail krijgt van {address}.',
      senderLearns: 'Op zich niets.',
      action: 'Niets te doen, maar ga even na wie de afzender is voordat u op een verzoek ingaat.',
    },
    de: {
      title: 'Erste Nachricht von diesem Absender',
      explanation: 'Microsoft weist darauf hin, dass Sie normalerweise keine E-Mails von {address} erhalten.',
      senderLearns: 'Für sich genommen nichts.',
      action: 'Nichts zu tun, aber prüfen Sie kurz, wer der Absender ist, bevor Sie auf eine Bitte eingehen.',
    },
  },
  'lure/lookalike-domain.sender': {
    en: {
      title: 'Sender domain imitates {entity}',
      explanation: 'The message comes from {domain}, which is made to look like {protectedDomain} ({entity}) but belongs to someone else.',
      senderLearns: 'The sender hopes you read the address too quickly to notice, and trust the message as if it came from {entity}.',
      action: 'Do not reply, click or open attachments. Report the message to IT security.',
    },
    fr: {
      title: 'Le domaine de l’expéditeur imite {entity}',
      explanation: 'Le message vient de {domain}, conçu pour ressembler à {protectedDomain} ({entity}) mais qui appartient à quelqu’un d’autre.',
      senderLearns: 'L’expéditeur espère que vous lirez l’adresse trop vite pour le remarquer et que vous ferez confiance au message comme s’il venait de {entity}.',
      action: 'Ne répondez pas, ne cliquez pas et n’ouvrez pas les pièces jointes. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Afzenderdomein imiteert {entity}',
      explanation: 'Het bericht komt van {domain}, dat eruitziet als {protectedDomain} ({entity}) maar van iemand anders is.',
      senderLearns: 'De afzender hoopt dat u het adres te snel leest om het te merken, en het bericht vertrouwt alsof het van {entity} komt.',
      action: 'Antwoord niet, klik niet en open geen bijlagen. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Absenderdomain ahmt {entity} nach',
      explanation: 'Die Nachricht kommt von {domain}, die wie {protectedDomain} ({entity}) aussehen soll, aber jemand anderem gehört.',
      senderLearns: 'Der Absender hofft, dass Sie die Adresse zu schnell lesen, um es zu bemerken, und der Nachricht vertrauen, als käme sie von {entity}.',
      action: 'Antworten Sie nicht, klicken Sie nichts an und öffnen Sie keine Anhänge. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/lookalike-domain.replyTo': {
    en: {
      title: 'Reply address imitates {entity}',
      explanation: 'Replies to this message go to {domain}, which is made to look like {protectedDomain} ({entity}) but belongs to someone else.',
      senderLearns: 'Whatever you write back, while you believe you are writing to {entity}.',
      action: 'Do not reply. If you need to answer {entity}, write to an address you already know. Report the message to IT security.',
    },
    fr: {
      title: 'L’adresse de réponse imite {entity}',
      explanation: 'Les réponses à ce message partent vers {domain}, conçu pour ressembler à {protectedDomain} ({entity}) mais qui appartient à quelqu’un d’autre.',
      senderLearns: 'Tout ce que vous répondez, alors que vous croyez écrire à {entity}.',
      action: 'Ne répondez pas. Si vous devez écrire à {entity}, utilisez une adresse que vous connaissez déjà. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Antwoordadres imiteert {entity}',
      explanation: 'Antwoorden op dit bericht gaan naar {domain}, dat eruitziet als {protectedDomain} ({entity}) maar van iemand anders is.',
      senderLearns: 'Alles wat u terugschrijft, terwijl u denkt dat u {entity} schrijft.',
      action: 'Antwoord niet. Moet u {entity} antwoorden, gebruik dan een adres dat u al kent. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Antwortadresse ahmt {entity} nach',
      explanation: 'Antworten auf diese Nachricht gehen an {domain}, die wie {protectedDomain} ({entity}) aussehen soll, aber jemand anderem gehört.',
      senderLearns: 'Alles, was Sie zurückschreiben, während Sie glauben, an {entity} zu schreiben.',
      action: 'Antworten Sie nicht. Wenn Sie {entity} antworten müssen, nutzen Sie eine Adresse, die Sie bereits kennen. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/lookalike-domain.link': {
    en: {
      title: 'Link to a site imitating {entity}',
      explanation: 'A link in this message opens {domain}, which is made to look like {protectedDomain} ({entity}) but belongs to someone else.',
      senderLearns: 'If you click and type anything there, such as a password, the sender receives it.',
      action: 'Do not click. To visit {entity}, type their address yourself or use a bookmark.',
    },
    fr: {
      title: 'Lien vers un site qui imite {entity}',
      explanation: 'Un lien de ce message ouvre {domain}, conçu pour ressembler à {protectedDomain} ({entity}) mais qui appartient à quelqu’un d’autre.',
      senderLearns: 'Si vous cliquez et saisissez quoi que ce soit, par exemple un mot de passe, l’expéditeur le reçoit.',
      action: 'Ne cliquez pas. Pour aller sur le site de {entity}, tapez vous-même son adresse ou utilisez un favori.',
    },
    nl: {
      title: 'Link naar een site die {entity} imiteert',
      explanation: 'Een link in dit bericht opent {domain}, dat eruitziet als {protectedDomain} ({entity}) maar van iemand anders is.',
      senderLearns: 'Als u klikt en daar iets invult, zoals een wachtwoord, krijgt de afzender het.',
      action: 'Klik niet. Om naar {entity} te gaan, typt u het adres zelf of gebruikt u een bladwijzer.',
    },
    de: {
      title: 'Link zu einer Seite, die {entity} nachahmt',
      explanation: 'Ein Link in dieser Nachricht öffnet {domain}, die wie {protectedDomain} ({entity}) aussehen soll, aber jemand anderem gehört.',
      senderLearns: 'Wenn Sie klicken und dort etwas eingeben, etwa ein Passwort, erhält es der Absender.',
      action: 'Klicken Sie nicht. Um {entity} aufzurufen, tippen Sie die Adresse selbst ein oder nutzen ein Lesezeichen.',
    },
  },
  'lure/lookalike-domain.mixedScript': {
    en: {
      title: 'Web address mixes alphabets',
      explanation: 'The address {domain} mixes Latin letters with letters from another alphabet (such as Cyrillic or Greek) that look the same: “{label}”.',
      senderLearns: 'Nothing by itself; mixing alphabets is a trick to make an address look like a familiar one.',
      action: 'Do not click or reply. Report the message to IT security.',
    },
    fr: {
      title: 'L’adresse mélange des alphabets',
      explanation: 'L’adresse {domain} mélange des lettres latines avec des lettres d’un autre alphabet (cyrillique ou grec, par exemple) qui leur ressemblent : « {label} ».',
      senderLearns: 'Rien en soi ; mélanger les alphabets est une astuce pour faire ressembler une adresse à une adresse familière.',
      action: 'Ne cliquez pas et ne répondez pas. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Adres mengt alfabetten',
      explanation: 'Het adres {domain} mengt Latijnse letters met letters uit een ander alfabet (bijvoorbeeld Cyrillisch of Grieks) die er hetzelfde uitzien: ‘{label}’.',
      senderLearns: 'Op zich niets; alfabetten mengen is een truc om een adres op een vertrouwd adres te laten lijken.',
      action: 'Klik niet en antwoord niet. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Adresse mischt Alphabete',
      explanation: 'Die Adresse {domain} mischt lateinische Buchstaben mit gleich aussehenden Buchstaben eines anderen Alphabets (etwa Kyrillisch oder Griechisch): „{label}“.',
      senderLearns: 'Für sich genommen nichts; das Mischen von Alphabeten ist ein Trick, damit eine Adresse wie eine bekannte aussieht.',
      action: 'Klicken Sie nicht und antworten Sie nicht. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
};
