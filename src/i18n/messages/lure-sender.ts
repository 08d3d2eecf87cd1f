import type { FindingCatalogue } from '../types';

// Texts for who a message claims to be from: display names, impersonation,
// answer addresses, free webmail and external senders.
export const lureSenderMessages: FindingCatalogue = {
  'lure/display-name-address.otherDomain': {
    en: {
      title: 'The sender name shows a different address',
      explanation: 'The name shown as sender contains “{shown}”, but the message really comes from {actual}.',
      senderLearns: 'Nothing by itself, but the sender wants you to believe the message comes from {shown}.',
      action: 'Trust the real address ({address}), not the name. If in doubt, contact the organisation through a channel you already know.',
    },
    fr: {
      title: 'Le nom de l’expéditeur affiche une autre adresse',
      explanation: 'Le nom affiché comme expéditeur contient « {shown} », mais le message vient en réalité de {actual}.',
      senderLearns: 'Rien en soi, mais l’expéditeur veut vous faire croire que le message vient de {shown}.',
      action: 'Fiez-vous à l’adresse réelle ({address}), pas au nom. En cas de doute, contactez l’organisation par un canal que vous connaissez déjà.',
    },
    nl: {
      title: 'De afzendernaam toont een ander adres',
      explanation: 'De naam die als afzender wordt getoond bevat ‘{shown}’, maar het bericht komt in werkelijkheid van {actual}.',
      senderLearns: 'Op zich niets, maar de afzender wil u laten geloven dat het bericht van {shown} komt.',
      action: 'Vertrouw op het echte adres ({address}), niet op de naam. Twijfelt u, neem dan contact op via een kanaal dat u al kent.',
    },
    de: {
      title: 'Der Absendername zeigt eine andere Adresse',
      explanation: 'Der angezeigte Absendername enthält „{shown}“, die Nachricht kommt aber tatsächlich von {actual}.',
      senderLearns: 'Für sich genommen nichts, aber der Absender möchte, dass Sie glauben, die Nachricht komme von {shown}.',
      action: 'Verlassen Sie sich auf die echte Adresse ({address}), nicht auf den Namen. Im Zweifel kontaktieren Sie die Organisation über einen Weg, den Sie bereits kennen.',
    },
  },
  'lure/display-name-address.protectedDomain': {
    en: {
      title: 'Fake {entity} address in the sender name',
      explanation: 'The sender name shows an address at {shown} ({entity}), but the message really comes from {actual}, which does not belong to {entity}.',
      senderLearns: 'The sender poses as {entity} so that you trust the message, open its links or answer it.',
      action: 'Do not reply, click or open attachments. Report the message to IT security with the Report button.',
    },
    fr: {
      title: 'Fausse adresse {entity} dans le nom de l’expéditeur',
      explanation: 'Le nom de l’expéditeur affiche une adresse chez {shown} ({entity}), mais le message vient en réalité de {actual}, qui n’appartient pas à {entity}.',
      senderLearns: 'L’expéditeur se fait passer pour {entity} pour que vous fassiez confiance au message, ouvriez ses liens ou y répondiez.',
      action: 'Ne répondez pas, ne cliquez pas et n’ouvrez pas les pièces jointes. Signalez le message à la sécurité informatique avec le bouton Signaler.',
    },
    nl: {
      title: 'Vals {entity}-adres in de afzendernaam',
      explanation: 'De afzendernaam toont een adres bij {shown} ({entity}), maar het bericht komt in werkelijkheid van {actual}, dat niet van {entity} is.',
      senderLearns: 'De afzender doet zich voor als {entity}, zodat u het bericht vertrouwt, de links opent of antwoordt.',
      action: 'Antwoord niet, klik niet en open geen bijlagen. Meld het bericht aan IT-beveiliging met de knop Melden.',
    },
    de: {
      title: 'Gefälschte {entity}-Adresse im Absendernamen',
      explanation: 'Der Absendername zeigt eine Adresse bei {shown} ({entity}), die Nachricht kommt aber tatsächlich von {actual}, das nicht zu {entity} gehört.',
      senderLearns: 'Der Absender gibt sich als {entity} aus, damit Sie der Nachricht vertrauen, ihre Links öffnen oder antworten.',
      action: 'Antworten Sie nicht, klicken Sie nichts an und öffnen Sie keine Anhänge. Melden Sie die Nachricht mit der Schaltfläche „Melden“ an die IT-Sicherheit.',
    },
  },
  'lure/impersonation.newsOutlet': {
    en: {
      title: 'Poses as {entity} from another address',
      explanation: 'The sender name says {entity}, but the message comes from {actual}, not from an address of {entity} ({expected}).',
      senderLearns: 'Posing as journalists is a known way to approach parliament staff: the sender wants your trust, an answer, a click or an opened attachment.',
      action: 'Do not reply or click. If you expect contact from {entity}, check it through their official website or a number you know. Report the message to IT security.',
    },
    fr: {
      title: 'Se fait passer pour {entity} depuis une autre adresse',
      explanation: 'Le nom de l’expéditeur indique {entity}, mais le message vient de {actual} et non d’une adresse de {entity} ({expected}).',
      senderLearns: 'Se faire passer pour des journalistes est une méthode connue pour approcher le personnel parlementaire : l’expéditeur cherche votre confiance, une réponse, un clic ou l’ouverture d’une pièce jointe.',
      action: 'Ne répondez pas et ne cliquez pas. Si vous attendez un contact de {entity}, vérifiez-le via son site officiel ou un numéro que vous connaissez. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Doet zich voor als {entity} vanaf een ander adres',
      explanation: 'De afzendernaam zegt {entity}, maar het bericht komt van {actual} en niet van een adres van {entity} ({expected}).',
      senderLearns: 'Zich voordoen als journalist is een bekende manier om parlementsmedewerkers te benaderen: de afzender wil uw vertrouwen, een antwoord, een klik of een geopende bijlage.',
      action: 'Antwoord niet en klik niet. Verwacht u contact van {entity}, controleer dat dan via hun officiële website of een nummer dat u kent. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Gibt sich von fremder Adresse als {entity} aus',
      explanation: 'Der Absendername lautet {entity}, die Nachricht kommt aber von {actual} und nicht von einer Adresse von {entity} ({expected}).',
      senderLearns: 'Sich als Journalist auszugeben ist ein bekannter Weg, Parlamentsmitarbeitende anzusprechen: Der Absender will Ihr Vertrauen, eine Antwort, einen Klick oder einen geöffneten Anhang.',
      action: 'Antworten Sie nicht und klicken Sie nichts an. Wenn Sie Kontakt von {entity} erwarten, prüfen Sie ihn über die offizielle Website oder eine Ihnen bekannte Nummer. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/impersonation.brand': {
    en: {
      title: 'Poses as {entity} from another address',
      explanation: 'The sender name says {entity}, but the message comes from {actual}, which is not an address {entity} uses ({expected}).',
      senderLearns: 'The sender wants you to sign in, pay, or open something because you believe {entity} asked you to.',
      action: 'Do not click or sign in from this message. Open the {entity} website or app yourself if you want to check. Report the message to IT security.',
    },
    fr: {
      title: 'Se fait passer pour {entity} depuis une autre adresse',
      explanation: 'Le nom de l’expéditeur indique {entity}, mais le message vient de {actual}, qui n’est pas une adresse utilisée par {entity} ({expected}).',
      senderLearns: 'L’expéditeur veut que vous vous connectiez, payiez ou ouvriez quelque chose en croyant que {entity} vous le demande.',
      action: 'Ne cliquez pas et ne vous connectez pas depuis ce message. Ouvrez vous-même le site ou l’application de {entity} si vous voulez vérifier. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Doet zich voor als {entity} vanaf een ander adres',
      explanation: 'De afzendernaam zegt {entity}, maar het bericht komt van {actual}, geen adres dat {entity} gebruikt ({expected}).',
      senderLearns: 'De afzender wil dat u inlogt, betaalt of iets opent omdat u denkt dat {entity} dat vraagt.',
      action: 'Klik niet en log niet in vanuit dit bericht. Open zelf de website of app van {entity} als u iets wilt nagaan. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Gibt sich von fremder Adresse als {entity} aus',
      explanation: 'Der Absendername lautet {entity}, die Nachricht kommt aber von {actual}, keiner Adresse, die {entity} verwendet ({expected}).',
      senderLearns: 'Der Absender möchte, dass Sie sich anmelden, bezahlen oder etwas öffnen, weil Sie glauben, {entity} verlange das.',
      action: 'Klicken Sie nichts an und melden Sie sich nicht über diese Nachricht an. Öffnen Sie die Website oder App von {entity} selbst, wenn Sie etwas prüfen möchten. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/impersonation.vip': {
    en: {
      title: 'Uses the name of {entity} from an outside address',
      explanation: 'The sender name is {entity}, but the message comes from {address}, which is not one of their known addresses.',
      senderLearns: 'The sender borrows the authority of {entity} to get you to act quickly: answer, pay, share documents or click.',
      action: 'Do not act on the request. Check with {entity} in person, by phone, or by writing to their known address. Report the message to IT security.',
    },
    fr: {
      title: 'Utilise le nom de {entity} depuis une adresse extérieure',
      explanation: 'Le nom de l’expéditeur est {entity}, mais le message vient de {address}, qui ne fait pas partie de ses adresses connues.',
      senderLearns: 'L’expéditeur emprunte l’autorité de {entity} pour vous pousser à agir vite : répondre, payer, partager des documents ou cliquer.',
      action: 'Ne donnez pas suite à la demande. Vérifiez auprès de {entity} en personne, par téléphone ou en écrivant à son adresse habituelle. Signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Gebruikt de naam van {entity} vanaf een extern adres',
      explanation: 'De afzendernaam is {entity}, maar het bericht komt van {address}, dat niet bij de bekende adressen hoort.',
      senderLearns: 'De afzender leent het gezag van {entity} om u snel te laten handelen: antwoorden, betalen, documenten delen of klikken.',
      action: 'Ga niet in op het verzoek. Ga het na bij {entity} zelf, telefonisch of via het gekende adres. Meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Verwendet den Namen von {entity} mit externer Adresse',
      explanation: 'Der Absendername ist {entity}, die Nachricht kommt aber von {address}, die nicht zu den bekannten Adressen gehört.',
      senderLearns: 'Der Absender leiht sich die Autorität von {entity}, damit Sie schnell handeln: antworten, zahlen, Dokumente teilen oder klicken.',
      action: 'Gehen Sie nicht auf die Bitte ein. Fragen Sie bei {entity} persönlich, telefonisch oder über die bekannte Adresse nach. Melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/impersonation.organisation': {
    en: {
      title: 'Claims to be our organisation from an outside address',
      explanation: 'The sender name refers to {entity}, but the message comes from {actual}, which is not one of our organisation’s domains.',
      senderLearns: 'The sender poses as an internal service (IT, helpdesk, administration) to get your password, a click or an answer.',
      action: 'Internal services write from our own addresses. Do not click or answer; report the message to IT security.',
    },
    fr: {
      title: 'Se présente comme notre organisation depuis une adresse extérieure',
      explanation: 'Le nom de l’expéditeur fait référence à {entity}, mais le message vient de {actual}, qui n’est pas un domaine de notre organisation.',
      senderLearns: 'L’expéditeur se fait passer pour un service interne (informatique, helpdesk, administration) pour obtenir votre mot de passe, un clic ou une réponse.',
      action: 'Les services internes écrivent depuis nos propres adresses. Ne cliquez pas et ne répondez pas ; signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Doet zich voor als onze organisatie vanaf een extern adres',
      explanation: 'De afzendernaam verwijst naar {entity}, maar het bericht komt van {actual}, geen domein van onze organisatie.',
      senderLearns: 'De afzender doet zich voor als interne dienst (IT, helpdesk, administratie) om uw wachtwoord, een klik of een antwoord te krijgen.',
      action: 'Interne diensten schrijven vanaf onze eigen adressen. Klik niet en antwoord niet; meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Gibt sich mit externer Adresse als unsere Organisation aus',
      explanation: 'Der Absendername verweist auf {entity}, die Nachricht kommt aber von {actual}, keiner Domain unserer Organisation.',
      senderLearns: 'Der Absender gibt sich als interner Dienst (IT, Helpdesk, Verwaltung) aus, um Ihr Passwort, einen Klick oder eine Antwort zu bekommen.',
      action: 'Interne Dienste schreiben von unseren eigenen Adressen. Klicken Sie nichts an und antworten Sie nicht; melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/impersonation.vipAddress': {
    en: {
      title: 'Name of {entity}, but an unknown mailbox',
      explanation: 'The sender name is {entity} and the domain is ours, but {address} is not one of their known addresses ({expected}).',
      senderLearns: 'It may be a colleague with the same name, a new address, or someone pretending to be {entity}.',
      action: 'If the message asks for something unusual, check with {entity} through their known address or by phone before acting.',
    },
    fr: {
      title: 'Nom de {entity}, mais boîte aux lettres inconnue',
      explanation: 'Le nom de l’expéditeur est {entity} et le domaine est le nôtre, mais {address} ne fait pas partie de ses adresses connues ({expected}).',
      senderLearns: 'Il peut s’agir d’un homonyme, d’une nouvelle adresse ou de quelqu’un qui se fait passer pour {entity}.',
      action: 'Si le message demande quelque chose d’inhabituel, vérifiez auprès de {entity} par son adresse habituelle ou par téléphone avant d’agir.',
    },
    nl: {
      title: 'Naam van {entity}, maar een onbekende mailbox',
      explanation: 'De afzendernaam is {entity} en het domein is het onze, maar {address} hoort niet bij de bekende adressen ({expected}).',
      senderLearns: 'Het kan een collega met dezelfde naam zijn, een nieuw adres, of iemand die zich voordoet als {entity}.',
      action: 'Vraagt het bericht iets ongewoons, ga het dan eerst na bij {entity} via het gekende adres of telefonisch.',
    },
    de: {
      title: 'Name von {entity}, aber unbekanntes Postfach',
      explanation: 'Der Absendername ist {entity} und die Domain ist unsere, aber {address} gehört nicht zu den bekannten Adressen ({expected}).',
      senderLearns: 'Es kann eine Kollegin oder ein Kollege gleichen Namens sein, eine neue Adresse oder jemand, der sich als {entity} ausgibt.',
      action: 'Wenn die Nachricht etwas Ungewöhnliches verlangt, fragen Sie vorher bei {entity} über die bekannte Adresse oder telefonisch nach.',
    },
  },
  'lure/impersonation.internalService': {
    en: {
      title: 'Outside sender posing as an internal service',
      explanation: 'The sender calls itself “{name}”, like one of our internal services, but writes from {actual}, outside our organisation.',
      senderLearns: 'Messages like this usually want your password (“your mailbox is full”, “confirm your account”) or a click on a fake sign-in page.',
      action: 'Our IT services write from our own addresses and never ask for your password by e-mail. Do not click; report the message to IT security.',
    },
    fr: {
      title: 'Un expéditeur externe se fait passer pour un service interne',
      explanation: 'L’expéditeur se présente comme « {name} », comme l’un de nos services internes, mais écrit depuis {actual}, en dehors de notre organisation.',
      senderLearns: 'Ce type de message cherche en général votre mot de passe (« votre boîte est pleine », « confirmez votre compte ») ou un clic vers une fausse page de connexion.',
      action: 'Nos services informatiques écrivent depuis nos propres adresses et ne demandent jamais votre mot de passe par courriel. Ne cliquez pas ; signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Externe afzender doet zich voor als interne dienst',
      explanation: 'De afzender noemt zich ‘{name}’, zoals een van onze interne diensten, maar schrijft vanaf {actual}, buiten onze organisatie.',
      senderLearns: 'Zulke berichten willen meestal uw wachtwoord (‘uw mailbox is vol’, ‘bevestig uw account’) of een klik naar een valse aanmeldpagina.',
      action: 'Onze IT-diensten schrijven vanaf onze eigen adressen en vragen nooit uw wachtwoord per e-mail. Klik niet; meld het bericht aan IT-beveiliging.',
    },
    de: {
      title: 'Externer Absender gibt sich als interner Dienst aus',
      explanation: 'Der Absender nennt sich „{name}“ wie einer unserer internen Dienste, schreibt aber von {actual}, außerhalb unserer Organisation.',
      senderLearns: 'Solche Nachrichten wollen meist Ihr Passwort („Ihr Postfach ist voll“, „bestätigen Sie Ihr Konto“) oder einen Klick auf eine gefälschte Anmeldeseite.',
      action: 'Unsere IT-Dienste schreiben von unseren eigenen Adressen und fragen nie per E-Mail nach Ihrem Passwort. Klicken Sie nicht; melden Sie die Nachricht an die IT-Sicherheit.',
    },
  },
  'lure/header-mismatch.replyTo': {
    en: {
      title: 'Answers go to another domain',
      explanation: 'The message comes from {fromDomain}, but if you reply, your answer goes to {replyTo}.',
      senderLearns: 'Whatever you write in a reply, at an address you may not have noticed.',
      action: 'Before replying, check the address in the “To” field of your answer. Newsletters and mailing lists often do this; a personal request rarely does.',
    },
    fr: {
      title: 'Les réponses partent vers un autre domaine',
      explanation: 'Le message vient de {fromDomain}, mais si vous répondez, votre réponse part vers {replyTo}.',
      senderLearns: 'Tout ce que vous écrivez en réponse, à une adresse que vous n’aurez peut-être pas remarquée.',
      action: 'Avant de répondre, vérifiez l’adresse dans le champ « À » de votre réponse. Les lettres d’information et listes de diffusion font souvent cela ; une demande personnelle, rarement.',
    },
    nl: {
      title: 'Antwoorden gaan naar een ander domein',
      explanation: 'Het bericht komt van {fromDomain}, maar als u antwoordt, gaat uw antwoord naar {replyTo}.',
      senderLearns: 'Alles wat u in een antwoord schrijft, op een adres dat u misschien niet opmerkt.',
      action: 'Controleer voor u antwoordt het adres in het veld ‘Aan’ van uw antwoord. Nieuwsbrieven en mailinglijsten doen dit vaak; een persoonlijk verzoek zelden.',
    },
    de: {
      title: 'Antworten gehen an eine andere Domain',
      explanation: 'Die Nachricht kommt von {fromDomain}, aber wenn Sie antworten, geht Ihre Antwort an {replyTo}.',
      senderLearns: 'Alles, was Sie in einer Antwort schreiben, an eine Adresse, die Ihnen vielleicht nicht auffällt.',
      action: 'Prüfen Sie vor dem Antworten die Adresse im Feld „An“ Ihrer Antwort. Newsletter und Verteilerlisten tun das oft, eine persönliche Anfrage selten.',
    },
  },
  'lure/header-mismatch.replyToFreemail': {
    en: {
      title: 'Answers go to a private webmail account',
      explanation: 'The message comes from {fromDomain}, but replies go to {replyTo}, a free webmail account anyone can open.',
      senderLearns: 'Your reply, sent to someone who is not necessarily {fromDomain}. Fraudsters use this so the real organisation never sees the conversation.',
      action: 'Do not reply with information or documents. Contact {fromDomain} through an address or number you already know. Report the message if it asks for anything.',
    },
    fr: {
      title: 'Les réponses partent vers une messagerie gratuite',
      explanation: 'Le message vient de {fromDomain}, mais les réponses partent vers {replyTo}, une messagerie gratuite que n’importe qui peut ouvrir.',
      senderLearns: 'Votre réponse, envoyée à quelqu’un qui n’est pas forcément {fromDomain}. Les fraudeurs procèdent ainsi pour que la vraie organisation ne voie jamais l’échange.',
      action: 'Ne répondez pas avec des informations ou des documents. Contactez {fromDomain} via une adresse ou un numéro que vous connaissez déjà. Signalez le message s’il vous demande quelque chose.',
    },
    nl: {
      title: 'Antwoorden gaan naar een privé-webmailadres',
      explanation: 'Het bericht komt van {fromDomain}, maar antwoorden gaan naar {replyTo}, een gratis webmailadres dat iedereen kan aanmaken.',
      senderLearns: 'Uw antwoord, naar iemand die niet noodzakelijk {fromDomain} is. Oplichters doen dit zodat de echte organisatie het gesprek nooit ziet.',
      action: 'Antwoord niet met informatie of documenten. Neem contact op met {fromDomain} via een adres of nummer dat u al kent. Meld het bericht als er iets gevraagd wordt.',
    },
    de: {
      title: 'Antworten gehen an ein privates Webmail-Konto',
      explanation: 'Die Nachricht kommt von {fromDomain}, Antworten gehen aber an {replyTo}, ein kostenloses Webmail-Konto, das jeder anlegen kann.',
      senderLearns: 'Ihre Antwort, an jemanden, der nicht unbedingt {fromDomain} ist. Betrüger machen das, damit die echte Organisation das Gespräch nie sieht.',
      action: 'Antworten Sie nicht mit Informationen oder Dokumenten. Kontaktieren Sie {fromDomain} über eine Adresse oder Nummer, die Sie bereits kennen. Melden Sie die Nachricht, wenn sie etwas verlangt.',
    },
  },
  'lure/header-mismatch.returnPathFreemail': {
    en: {
      title: 'Sent through a private webmail account',
      explanation: 'The message shows {from} as sender, but it was technically sent by {returnPath}, a free webmail account.',
      senderLearns: 'Nothing directly; it suggests the sender address shown may not be the one really used.',
      action: 'Be careful with requests in this message and check them through a channel you know.',
    },
    fr: {
      title: 'Envoyé via une messagerie gratuite',
      explanation: 'Le message affiche {from} comme expéditeur, mais il a techniquement été envoyé par {returnPath}, une messagerie gratuite.',
      senderLearns: 'Rien directement ; cela suggère que l’adresse affichée n’est peut-être pas celle réellement utilisée.',
      action: 'Soyez prudent avec les demandes de ce message et vérifiez-les par un canal que vous connaissez.',
    },
    nl: {
      title: 'Verstuurd via een privé-webmailadres',
      explanation: 'Het bericht toont {from} als afzender, maar werd technisch verstuurd door {returnPath}, een gratis webmailadres.',
      senderLearns: 'Niets rechtstreeks; het wijst erop dat het getoonde afzenderadres misschien niet het echt gebruikte is.',
      action: 'Wees voorzichtig met verzoeken in dit bericht en ga ze na via een kanaal dat u kent.',
    },
    de: {
      title: 'Über ein privates Webmail-Konto versandt',
      explanation: 'Die Nachricht zeigt {from} als Absender, wurde technisch aber von {returnPath} versandt, einem kostenlosen Webmail-Konto.',
      senderLearns: 'Direkt nichts; es deutet darauf hin, dass die angezeigte Absenderadresse vielleicht nicht die tatsächlich verwendete ist.',
      action: 'Seien Sie bei Bitten in dieser Nachricht vorsichtig und prüfen Sie sie über einen Ihnen bekannten Weg.',
    },
  },
  'lure/header-mismatch.sender': {
    en: {
      title: 'Sent on behalf of someone else',
      explanation: 'The message shows {from} as sender, but it was sent by {sender} on their behalf.',
      senderLearns: 'Nothing directly. Assistants and mailing services do this legitimately; impostors do it too.',
      action: 'If the message asks for something sensitive, check with the person named as sender through a channel you know.',
    },
    fr: {
      title: 'Envoyé au nom de quelqu’un d’autre',
      explanation: 'Le message affiche {from} comme expéditeur, mais il a été envoyé par {sender} en son nom.',
      senderLearns: 'Rien directement. Des assistants et des services d’envoi le font légitimement ; des imposteurs aussi.',
      action: 'Si le message demande quelque chose de sensible, vérifiez auprès de la personne indiquée comme expéditeur par un canal que vous connaissez.',
    },
    nl: {
      title: 'Verstuurd namens iemand anders',
      explanation: 'Het bericht toont {from} als afzender, maar werd namens die persoon verstuurd door {sender}.',
      senderLearns: 'Niets rechtstreeks. Assistenten en verzenddiensten doen dit legitiem; oplichters ook.',
      action: 'Vraagt het bericht iets gevoeligs, ga het dan na bij de genoemde afzender via een kanaal dat u kent.',
    },
    de: {
      title: 'Im Auftrag einer anderen Person gesendet',
      explanation: 'Die Nachricht zeigt {from} als Absender, wurde aber von {sender} in deren Auftrag gesendet.',
      senderLearns: 'Direkt nichts. Assistenzen und Versanddienste tun das berechtigt, Betrüger allerdings auch.',
      action: 'Wenn die Nachricht etwas Heikles verlangt, fragen Sie bei der angegebenen Person über einen Ihnen bekannten Weg nach.',
    },
  },
  'lure/freemail-sender.organisation': {
    en: {
      title: 'An official title on a private webmail account',
      explanation: 'The sender presents as “{name}”, but writes from {domain}, a free webmail service where anyone can open an account under any name.',
      senderLearns: 'The sender wants you to treat the message as coming from a newsroom, an institution or an official, without being able to prove it.',
      action: 'Check the person’s identity on their organisation’s official website or by phone before answering or opening anything.',
    },
    fr: {
      title: 'Un titre officiel sur une messagerie gratuite',
      explanation: 'L’expéditeur se présente comme « {name} », mais écrit depuis {domain}, une messagerie gratuite où n’importe qui peut ouvrir un compte sous n’importe quel nom.',
      senderLearns: 'L’expéditeur veut que vous traitiez le message comme venant d’une rédaction, d’une institution ou d’un responsable, sans pouvoir le prouver.',
      action: 'Vérifiez l’identité de la personne sur le site officiel de son organisation ou par téléphone avant de répondre ou d’ouvrir quoi que ce soit.',
    },
    nl: {
      title: 'Een officiële titel op een privé-webmailadres',
      explanation: 'De afzender stelt zich voor als ‘{name}’, maar schrijft vanaf {domain}, een gratis webmaildienst waar iedereen onder elke naam een account kan openen.',
      senderLearns: 'De afzender wil dat u het bericht behandelt als afkomstig van een redactie, instelling of functionaris, zonder dat te kunnen bewijzen.',
      action: 'Controleer de identiteit van de persoon op de officiële website van de organisatie of telefonisch voordat u antwoordt of iets opent.',
    },
    de: {
      title: 'Offizieller Titel auf einem privaten Webmail-Konto',
      explanation: 'Der Absender stellt sich als „{name}“ vor, schreibt aber von {domain}, einem kostenlosen Webmail-Dienst, bei dem jeder unter jedem Namen ein Konto eröffnen kann.',
      senderLearns: 'Der Absender möchte, dass Sie die Nachricht als von einer Redaktion, Institution oder Amtsperson stammend behandeln, ohne das belegen zu können.',
      action: 'Prüfen Sie die Identität der Person über die offizielle Website ihrer Organisation oder telefonisch, bevor Sie antworten oder etwas öffnen.',
    },
  },
  'lure/freemail-sender.signsAsEntity': {
    en: {
      title: 'Signs as {entity} from a private webmail account',
      explanation: 'The message is signed with {entity}, but it was sent from {domain}, a free webmail service, not from an address of {entity}.',
      senderLearns: 'The sender wants the credibility of {entity} without writing from their systems.',
      action: 'Check with {entity} through their official website or switchboard that this person works there before answering.',
    },
    fr: {
      title: 'Signe au nom de {entity} depuis une messagerie gratuite',
      explanation: 'Le message est signé {entity}, mais il a été envoyé depuis {domain}, une messagerie gratuite, et non depuis une adresse de {entity}.',
      senderLearns: 'L’expéditeur veut la crédibilité de {entity} sans écrire depuis ses systèmes.',
      action: 'Vérifiez auprès de {entity}, via son site officiel ou son standard, que cette personne y travaille avant de répondre.',
    },
    nl: {
      title: 'Ondertekent als {entity} vanaf een privé-webmailadres',
      explanation: 'Het bericht is ondertekend met {entity}, maar werd verstuurd vanaf {domain}, een gratis webmaildienst, niet vanaf een adres van {entity}.',
      senderLearns: 'De afzender wil de geloofwaardigheid van {entity} zonder vanaf hun systemen te schrijven.',
      action: 'Ga bij {entity} via de officiële website of het algemene nummer na of deze persoon er werkt voordat u antwoordt.',
    },
    de: {
      title: 'Unterzeichnet als {entity} von privatem Webmail-Konto',
      explanation: 'Die Nachricht ist mit {entity} unterzeichnet, wurde aber von {domain} gesendet, einem kostenlosen Webmail-Dienst, nicht von einer Adresse von {entity}.',
      senderLearns: 'Der Absender möchte die Glaubwürdigkeit von {entity}, ohne von deren Systemen zu schreiben.',
      action: 'Fragen Sie bei {entity} über die offizielle Website oder die Zentrale nach, ob diese Person dort arbeitet, bevor Sie antworten.',
    },
  },
  'lure/freemail-sender.personal': {
    en: {
      title: 'Sent from a private webmail account',
      explanation: 'The sender uses {domain}, a free webmail service. That is normal for private persons.',
      senderLearns: 'Nothing by itself.',
      action: 'No action needed, unless the sender claims to speak for an organisation: then check through that organisation.',
    },
    fr: {
      title: 'Envoyé depuis une messagerie gratuite',
      explanation: 'L’expéditeur utilise {domain}, une messagerie gratuite. C’est normal pour un particulier.',
      senderLearns: 'Rien en soi.',
      action: 'Aucune action nécessaire, sauf si l’expéditeur prétend parler au nom d’une organisation : vérifiez alors auprès de celle-ci.',
    },
    nl: {
      title: 'Verstuurd vanaf een privé-webmailadres',
      explanation: 'De afzender gebruikt {domain}, een gratis webmaildienst. Dat is normaal voor privépersonen.',
      senderLearns: 'Op zich niets.',
      action: 'Niets te doen, tenzij de afzender beweert namens een organisatie te spreken: ga het dan na bij die organisatie.',
    },
    de: {
      title: 'Von einem privaten Webmail-Konto gesendet',
      explanation: 'Der Absender nutzt {domain}, einen kostenlosen Webmail-Dienst. Für Privatpersonen ist das normal.',
      senderLearns: 'Für sich genommen nichts.',
      action: 'Nichts zu tun, außer der Absender behauptet, für eine Organisation zu sprechen: Dann fragen Sie bei dieser Organisation nach.',
    },
  },
  'lure/external-sender.external': {
    en: {
      title: 'From outside the organisation',
      explanation: 'This message comes from {domain}, outside our organisation.',
      senderLearns: 'Nothing by itself.',
      action: 'Treat requests for passwords, payments or documents with care, as with any outside mail.',
    },
    fr: {
      title: 'Venant de l’extérieur de l’organisation',
      explanation: 'Ce message vient de {domain}, en dehors de notre organisation.',
      senderLearns: 'Rien en soi.',
      action: 'Traitez avec prudence toute demande de mot de passe, de paiement ou de documents, comme pour tout courriel externe.',
    },
    nl: {
      title: 'Van buiten de organisatie',
      explanation: 'Dit bericht komt van {domain}, buiten onze organisatie.',
      senderLearns: 'Op zich niets.',
      action: 'Ga voorzichtig om met verzoeken om wachtwoorden, betalingen of documenten, zoals bij elke externe e-mail.',
    },
    de: {
      title: 'Von außerhalb der Organisation',
      explanation: 'Diese Nachricht kommt von {domain}, außerhalb unserer Organisation.',
      senderLearns: 'Für sich genommen nichts.',
      action: 'Gehen Sie mit Bitten um Passwörter, Zahlungen oder Dokumente vorsichtig um, wie bei jeder externen E-Mail.',
    },
  },
};
