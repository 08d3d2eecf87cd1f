import type { FindingCatalogue } from '../types';

export const lureContentMessages: FindingCatalogue = {
  'lure/content.pressPretext': {
    en: {
      title: 'Presents itself as coming from the press',
      explanation: 'The sender’s name, the subject or the text present the message as a journalist’s approach ({terms}). That alone is normal; it matters when the sender is not who they claim.',
      senderLearns: 'A journalist’s request invites a reply, an opinion or a click.',
      action: 'If it is unexpected, check that the journalist and outlet are real through their official website before answering.',
    },
    fr: {
      title: 'Se présente comme venant de la presse',
      explanation: 'Le nom de l’expéditeur, l’objet ou le texte présentent le message comme une démarche de journaliste ({terms}). En soi, c’est normal ; cela compte si l’expéditeur n’est pas celui qu’il prétend être.',
      senderLearns: 'Une demande de journaliste invite à répondre, à donner un avis ou à cliquer.',
      action: 'Si vous ne l’attendiez pas, vérifiez sur le site officiel que le journaliste et le média existent avant de répondre.',
    },
    nl: {
      title: 'Doet zich voor als afkomstig van de pers',
      explanation: 'De naam van de afzender, het onderwerp of de tekst brengen het bericht als een benadering door een journalist ({terms}). Op zich is dat normaal; het telt als de afzender niet is wie hij zegt te zijn.',
      senderLearns: 'Een verzoek van een journalist nodigt uit tot antwoorden, een mening geven of klikken.',
      action: 'Kwam het onverwacht, controleer dan via de officiële website of de journalist en het medium echt bestaan voordat u antwoordt.',
    },
    de: {
      title: 'Gibt sich als Presseanfrage aus',
      explanation: 'Absendername, Betreff oder Text stellen die Nachricht als Anfrage einer Journalistin oder eines Journalisten dar ({terms}). Das ist an sich normal; wichtig wird es, wenn der Absender nicht der ist, für den er sich ausgibt.',
      senderLearns: 'Eine Presseanfrage lädt zu einer Antwort, einer Einschätzung oder einem Klick ein.',
      action: 'Wenn sie unerwartet kommt, prüfen Sie über die offizielle Website, ob Journalist und Medium echt sind, bevor Sie antworten.',
    },
  },
  'lure/content.urgency': {
    en: {
      title: 'Pushes you to act quickly',
      explanation: 'The message presses for speed ({terms}). Pressure to act at once is a common way to stop people from checking.',
      senderLearns: 'Nothing by itself; haste makes mistakes more likely.',
      action: 'Take your time. Check the request through a channel you already know before acting.',
    },
    fr: {
      title: 'Vous pousse à agir vite',
      explanation: 'Le message insiste sur l’urgence ({terms}). Presser quelqu’un d’agir tout de suite est un moyen courant de l’empêcher de vérifier.',
      senderLearns: 'Rien en soi ; la précipitation rend les erreurs plus probables.',
      action: 'Prenez votre temps. Vérifiez la demande par un canal que vous connaissez déjà avant d’agir.',
    },
    nl: {
      title: 'Zet u onder tijdsdruk',
      explanation: 'Het bericht dringt aan op snelheid ({terms}). Druk om meteen te handelen is een gebruikelijke manier om mensen van controleren af te houden.',
      senderLearns: 'Op zich niets; haast maakt fouten waarschijnlijker.',
      action: 'Neem de tijd. Controleer het verzoek via een kanaal dat u al kent voordat u iets doet.',
    },
    de: {
      title: 'Setzt Sie unter Zeitdruck',
      explanation: 'Die Nachricht drängt zur Eile ({terms}). Druck, sofort zu handeln, soll oft verhindern, dass man etwas prüft.',
      senderLearns: 'Für sich genommen nichts; Eile macht Fehler wahrscheinlicher.',
      action: 'Lassen Sie sich Zeit. Prüfen Sie die Bitte über einen Ihnen bekannten Weg, bevor Sie handeln.',
    },
  },
  'lure/content.credentialRequest': {
    en: {
      title: 'Asks for your password or log-in',
      explanation: 'The message asks you to confirm or enter log-in details ({terms}). Your IT department never asks for your password by e-mail.',
      senderLearns: 'If you follow it, your password and access to your mailbox.',
      action: 'Do not enter your password from a link in an e-mail. Open the service yourself, and report the message to IT security.',
    },
    fr: {
      title: 'Demande votre mot de passe ou vos identifiants',
      explanation: 'Le message vous demande de confirmer ou de saisir des identifiants ({terms}). Votre service informatique ne vous demande jamais votre mot de passe par e-mail.',
      senderLearns: 'Si vous obtempérez, votre mot de passe et l’accès à votre messagerie.',
      action: 'Ne saisissez pas votre mot de passe depuis un lien reçu par e-mail. Ouvrez le service vous-même et signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Vraagt om uw wachtwoord of inloggegevens',
      explanation: 'Het bericht vraagt u inloggegevens te bevestigen of in te vullen ({terms}). Uw IT-afdeling vraagt nooit per e-mail om uw wachtwoord.',
      senderLearns: 'Als u erop ingaat: uw wachtwoord en toegang tot uw mailbox.',
      action: 'Vul uw wachtwoord niet in via een link in een e-mail. Open de dienst zelf en meld het bericht bij IT-beveiliging.',
    },
    de: {
      title: 'Fragt nach Ihrem Passwort oder Ihren Zugangsdaten',
      explanation: 'Die Nachricht fordert Sie auf, Zugangsdaten zu bestätigen oder einzugeben ({terms}). Ihre IT fragt nie per E-Mail nach Ihrem Passwort.',
      senderLearns: 'Wenn Sie folgen: Ihr Passwort und Zugriff auf Ihr Postfach.',
      action: 'Geben Sie Ihr Passwort nicht über einen Link aus einer E-Mail ein. Öffnen Sie den Dienst selbst und melden Sie die Nachricht der IT-Sicherheit.',
    },
  },
  'lure/content.sensitiveTopic': {
    en: {
      title: 'Touches on a topic used in targeted campaigns',
      explanation: 'The message mentions {terms}. Campaigns against parliamentarians have used such topics as bait. This is context, not a warning on its own.',
      senderLearns: 'Nothing by itself; such topics make a message more likely to be opened and answered.',
      action: 'Be a little more careful with unexpected senders writing about these subjects.',
    },
    fr: {
      title: 'Aborde un sujet utilisé dans des campagnes ciblées',
      explanation: 'Le message mentionne {terms}. Des campagnes visant des parlementaires ont utilisé ces sujets comme appât. C’est un élément de contexte, pas une alerte à lui seul.',
      senderLearns: 'Rien en soi ; ces sujets incitent davantage à ouvrir le message et à y répondre.',
      action: 'Soyez un peu plus prudent avec les expéditeurs inattendus qui écrivent sur ces sujets.',
    },
    nl: {
      title: 'Raakt aan een onderwerp dat in gerichte campagnes wordt gebruikt',
      explanation: 'Het bericht noemt {terms}. Campagnes tegen parlementsleden hebben zulke onderwerpen als lokaas gebruikt. Dit is context, op zich geen waarschuwing.',
      senderLearns: 'Op zich niets; zulke onderwerpen maken het waarschijnlijker dat een bericht wordt geopend en beantwoord.',
      action: 'Wees iets voorzichtiger met onverwachte afzenders die over deze onderwerpen schrijven.',
    },
    de: {
      title: 'Berührt ein Thema gezielter Kampagnen',
      explanation: 'Die Nachricht erwähnt {terms}. Kampagnen gegen Abgeordnete haben solche Themen als Köder benutzt. Das ist Kontext, für sich allein keine Warnung.',
      senderLearns: 'Für sich genommen nichts; solche Themen erhöhen die Chance, dass eine Nachricht geöffnet und beantwortet wird.',
      action: 'Seien Sie bei unerwarteten Absendern zu diesen Themen etwas vorsichtiger.',
    },
  },
};
