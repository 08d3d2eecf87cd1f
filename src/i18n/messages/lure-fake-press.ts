import type { FindingCatalogue } from '../types';

export const lureFakePressMessages: FindingCatalogue = {
  'lure/fake-press.posingAsOutlet': {
    en: {
      title: 'Fake journalist: poses as {outlet} and tracks you',
      explanation: 'This message claims to come from {outlet} but was sent from {senderDomain}, which is not theirs, and it contains tracking from {trackerHost} that reports when you open it. Posing as the press while tracking who reads is how a 2021 espionage campaign targeted European parliamentarians.',
      senderLearns: 'That you opened the message, when, how often, and your network location and device — enough to map who reads what.',
      action: 'Do not reply, click or load images. Report the message to IT security with the button below. If you think {outlet} really wrote to you, contact them through their official website.',
    },
    fr: {
      title: 'Faux journaliste : se fait passer pour {outlet} et vous piste',
      explanation: 'Ce message prétend venir de {outlet} mais a été envoyé depuis {senderDomain}, qui ne lui appartient pas, et il contient un traceur de {trackerHost} qui signale quand vous l’ouvrez. Se faire passer pour la presse tout en pistant les lecteurs : c’est ainsi qu’une campagne d’espionnage a visé des parlementaires européens en 2021.',
      senderLearns: 'Que vous avez ouvert le message, quand, combien de fois, ainsi que votre réseau et votre appareil — de quoi savoir qui lit quoi.',
      action: 'Ne répondez pas, ne cliquez pas, n’affichez pas les images. Signalez le message à la sécurité informatique avec le bouton ci-dessous. Si vous pensez que {outlet} vous a réellement écrit, contactez-le via son site officiel.',
    },
    nl: {
      title: 'Valse journalist: doet zich voor als {outlet} en volgt u',
      explanation: 'Dit bericht beweert van {outlet} te komen, maar is verstuurd vanaf {senderDomain}, dat niet van hen is, en bevat tracking van {trackerHost} die meldt wanneer u het opent. Zich voordoen als pers en tegelijk bijhouden wie leest: zo werden in 2021 Europese parlementsleden door een spionagecampagne benaderd.',
      senderLearns: 'Dat u het bericht opende, wanneer en hoe vaak, plus uw netwerk en apparaat — genoeg om in kaart te brengen wie wat leest.',
      action: 'Antwoord niet, klik niet en laad geen afbeeldingen. Meld het bericht met de knop hieronder bij IT-beveiliging. Denkt u dat {outlet} u echt schreef, neem dan contact op via hun officiële website.',
    },
    de: {
      title: 'Falscher Journalist: gibt sich als {outlet} aus und verfolgt Sie',
      explanation: 'Diese Nachricht gibt vor, von {outlet} zu stammen, wurde aber von {senderDomain} gesendet, das nicht dazugehört, und enthält Tracking von {trackerHost}, das meldet, wann Sie sie öffnen. Sich als Presse ausgeben und zugleich erfassen, wer liest – so ging 2021 eine Spionagekampagne gegen europäische Abgeordnete vor.',
      senderLearns: 'Dass Sie die Nachricht geöffnet haben, wann und wie oft, dazu Ihr Netzwerk und Ihr Gerät – genug, um zu erfassen, wer was liest.',
      action: 'Nicht antworten, nicht klicken, keine Bilder laden. Melden Sie die Nachricht mit der Schaltfläche unten der IT-Sicherheit. Wenn Sie glauben, dass {outlet} Ihnen wirklich geschrieben hat, kontaktieren Sie das Medium über seine offizielle Website.',
    },
  },
  'lure/fake-press.posingAsJournalist': {
    en: {
      title: 'Fake journalist: press approach that tracks you',
      explanation: 'This message presents itself as a journalist’s request, but comes from {senderDomain} (free webmail, a lookalike address or a first-time sender) and contains tracking from {trackerHost} that reports when you open it. Posing as the press while tracking who reads is how a 2021 espionage campaign targeted European parliamentarians.',
      senderLearns: 'That you opened the message, when, how often, and your network location and device — enough to map who reads what.',
      action: 'Do not reply, click or load images. Report the message to IT security. A genuine journalist can be reached through their outlet’s official website.',
    },
    fr: {
      title: 'Faux journaliste : une demande de presse qui vous piste',
      explanation: 'Ce message se présente comme une demande de journaliste, mais vient de {senderDomain} (messagerie gratuite, adresse imitée ou expéditeur inconnu) et contient un traceur de {trackerHost} qui signale quand vous l’ouvrez. Se faire passer pour la presse tout en pistant les lecteurs : c’est ainsi qu’une campagne d’espionnage a visé des parlementaires européens en 2021.',
      senderLearns: 'Que vous avez ouvert le message, quand, combien de fois, ainsi que votre réseau et votre appareil — de quoi savoir qui lit quoi.',
      action: 'Ne répondez pas, ne cliquez pas, n’affichez pas les images. Signalez le message à la sécurité informatique. Un vrai journaliste peut être joint via le site officiel de son média.',
    },
    nl: {
      title: 'Valse journalist: persverzoek dat u volgt',
      explanation: 'Dit bericht doet zich voor als verzoek van een journalist, maar komt van {senderDomain} (gratis webmail, een nagemaakt adres of een onbekende afzender) en bevat tracking van {trackerHost} die meldt wanneer u het opent. Zich voordoen als pers en tegelijk bijhouden wie leest: zo werden in 2021 Europese parlementsleden door een spionagecampagne benaderd.',
      senderLearns: 'Dat u het bericht opende, wanneer en hoe vaak, plus uw netwerk en apparaat — genoeg om in kaart te brengen wie wat leest.',
      action: 'Antwoord niet, klik niet en laad geen afbeeldingen. Meld het bericht bij IT-beveiliging. Een echte journalist is bereikbaar via de officiële website van het medium.',
    },
    de: {
      title: 'Falscher Journalist: Presseanfrage, die Sie verfolgt',
      explanation: 'Diese Nachricht gibt sich als Anfrage einer Journalistin oder eines Journalisten aus, kommt aber von {senderDomain} (kostenloser Maildienst, nachgeahmte Adresse oder Erstkontakt) und enthält Tracking von {trackerHost}, das meldet, wann Sie sie öffnen. Sich als Presse ausgeben und zugleich erfassen, wer liest – so ging 2021 eine Spionagekampagne gegen europäische Abgeordnete vor.',
      senderLearns: 'Dass Sie die Nachricht geöffnet haben, wann und wie oft, dazu Ihr Netzwerk und Ihr Gerät – genug, um zu erfassen, wer was liest.',
      action: 'Nicht antworten, nicht klicken, keine Bilder laden. Melden Sie die Nachricht der IT-Sicherheit. Echte Journalisten erreichen Sie über die offizielle Website ihres Mediums.',
    },
  },
  'lure/fake-press.pressWithTracking': {
    en: {
      title: 'Press approach that tracks when you open it',
      explanation: 'This message presents itself as coming from the press, from {senderDomain}, which is not a known newsroom, and contains tracking from {trackerHost}. Real journalists rarely track whether you read their questions.',
      senderLearns: 'That you opened the message, when, and roughly where from.',
      action: 'Before answering, check that the journalist and their outlet are real. If in doubt, report the message to IT security.',
    },
    fr: {
      title: 'Démarche de presse qui suit l’ouverture du message',
      explanation: 'Ce message se présente comme venant de la presse, depuis {senderDomain}, qui n’est pas une rédaction connue, et contient un traceur de {trackerHost}. Les vrais journalistes vérifient rarement si vous avez lu leurs questions.',
      senderLearns: 'Que vous avez ouvert le message, quand, et à peu près d’où.',
      action: 'Avant de répondre, vérifiez que le journaliste et son média existent. En cas de doute, signalez le message à la sécurité informatique.',
    },
    nl: {
      title: 'Persbenadering die bijhoudt wanneer u opent',
      explanation: 'Dit bericht doet zich voor als afkomstig van de pers, vanaf {senderDomain}, dat geen bekende redactie is, en bevat tracking van {trackerHost}. Echte journalisten houden zelden bij of u hun vragen leest.',
      senderLearns: 'Dat u het bericht opende, wanneer, en ongeveer vanwaar.',
      action: 'Controleer voordat u antwoordt of de journalist en het medium echt bestaan. Meld het bericht bij twijfel bij IT-beveiliging.',
    },
    de: {
      title: 'Presseanfrage, die das Öffnen verfolgt',
      explanation: 'Diese Nachricht gibt sich als Presseanfrage aus, kommt von {senderDomain}, keiner bekannten Redaktion, und enthält Tracking von {trackerHost}. Echte Journalisten verfolgen selten, ob Sie ihre Fragen gelesen haben.',
      senderLearns: 'Dass Sie die Nachricht geöffnet haben, wann, und ungefähr von wo.',
      action: 'Prüfen Sie vor einer Antwort, ob Journalist und Medium echt sind. Melden Sie die Nachricht im Zweifel der IT-Sicherheit.',
    },
  },
};
