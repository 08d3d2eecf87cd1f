// Texts for remote content and for the reader's address leaking into URLs.
import type { FindingCatalogue } from '../types';

export const trackingContentMessages: FindingCatalogue = {
  'tracking/remote-resource.loadsContent': {
    en: {
      title: 'Loads content from the internet',
      explanation: 'Showing this message in full downloads {count} item(s) such as backgrounds, fonts or style sheets from {host}.',
      senderLearns: 'That the message was opened and when, your approximate location and the kind of device you use.',
      action: 'Keep pictures blocked for this message unless you trust the sender.',
    },
    fr: {
      title: 'Charge du contenu depuis internet',
      explanation: 'L’affichage complet de ce message télécharge {count} élément(s) comme des arrière-plans, des polices ou des feuilles de style depuis {host}.',
      senderLearns: 'Que le message a été ouvert et à quel moment, votre localisation approximative et le type d’appareil utilisé.',
      action: 'Laissez les images bloquées pour ce message, sauf si vous faites confiance à l’expéditeur.',
    },
    nl: {
      title: 'Laadt inhoud van internet',
      explanation: 'Als dit bericht volledig wordt weergegeven, worden {count} onderdeel/onderdelen zoals achtergronden, lettertypen of opmaakbestanden gedownload van {host}.',
      senderLearns: 'Dat het bericht is geopend en wanneer, uw globale locatie en welk apparaat u gebruikt.',
      action: 'Laat afbeeldingen voor dit bericht geblokkeerd, tenzij u de afzender vertrouwt.',
    },
    de: {
      title: 'Lädt Inhalte aus dem Internet',
      explanation: 'Wird diese Nachricht vollständig angezeigt, werden {count} Element(e) wie Hintergründe, Schriften oder Stylesheets von {host} geladen.',
      senderLearns: 'Dass die Nachricht geöffnet wurde und wann, Ihren ungefähren Standort und Ihr Gerät.',
      action: 'Lassen Sie Bilder für diese Nachricht blockiert, sofern Sie dem Absender nicht vertrauen.',
    },
  },
  'tracking/remote-resource.frame': {
    en: {
      title: 'Embeds a web page',
      explanation: 'The message tries to embed content from {host} (a frame or object). Normal mail never needs this.',
      senderLearns: 'That the message was opened, when and from where; the embedded page may try to do more.',
      action: 'Do not enable external content for this message. Report it if you do not know the sender.',
    },
    fr: {
      title: 'Intègre une page web',
      explanation: 'Le message tente d’intégrer du contenu de {host} (cadre ou objet). Un message ordinaire n’en a jamais besoin.',
      senderLearns: 'Que le message a été ouvert, quand et d’où ; la page intégrée peut tenter d’aller plus loin.',
      action: 'N’activez pas le contenu externe de ce message. Signalez-le si vous ne connaissez pas l’expéditeur.',
    },
    nl: {
      title: 'Sluit een webpagina in',
      explanation: 'Het bericht probeert inhoud van {host} in te sluiten (een frame of object). Gewone e-mail heeft dat nooit nodig.',
      senderLearns: 'Dat het bericht is geopend, wanneer en vanwaar; de ingesloten pagina kan meer proberen.',
      action: 'Schakel externe inhoud voor dit bericht niet in. Meld het als u de afzender niet kent.',
    },
    de: {
      title: 'Bettet eine Webseite ein',
      explanation: 'Die Nachricht versucht, Inhalte von {host} einzubetten (Frame oder Objekt). Eine normale E-Mail braucht das nie.',
      senderLearns: 'Dass die Nachricht geöffnet wurde, wann und von wo; die eingebettete Seite kann weitere Schritte versuchen.',
      action: 'Aktivieren Sie keine externen Inhalte für diese Nachricht. Melden Sie sie, wenn Sie den Absender nicht kennen.',
    },
  },
  'tracking/remote-resource.refresh': {
    en: {
      title: 'Automatic jump to a website',
      explanation: 'The message contains an instruction to open {host} automatically as soon as it is displayed.',
      senderLearns: 'That the message was opened, when and from where, without you clicking anything.',
      action: 'Do not open the message in a browser. Report it if you do not know the sender.',
    },
    fr: {
      title: 'Redirection automatique vers un site',
      explanation: 'Le message contient une instruction pour ouvrir {host} automatiquement dès qu’il est affiché.',
      senderLearns: 'Que le message a été ouvert, quand et d’où, sans que vous ayez cliqué.',
      action: 'N’ouvrez pas le message dans un navigateur. Signalez-le si vous ne connaissez pas l’expéditeur.',
    },
    nl: {
      title: 'Springt automatisch naar een website',
      explanation: 'Het bericht bevat een opdracht om {host} automatisch te openen zodra het wordt weergegeven.',
      senderLearns: 'Dat het bericht is geopend, wanneer en vanwaar, zonder dat u ergens op klikt.',
      action: 'Open het bericht niet in een browser. Meld het als u de afzender niet kent.',
    },
    de: {
      title: 'Automatische Weiterleitung zu einer Website',
      explanation: 'Die Nachricht enthält die Anweisung, {host} automatisch zu öffnen, sobald sie angezeigt wird.',
      senderLearns: 'Dass die Nachricht geöffnet wurde, wann und von wo, ohne dass Sie etwas anklicken.',
      action: 'Öffnen Sie die Nachricht nicht im Browser. Melden Sie sie, wenn Sie den Absender nicht kennen.',
    },
  },
  'tracking/identity-leak.inResource': {
    en: {
      title: 'Your e-mail address is sent when you open this',
      explanation: 'Content from {host} that loads when you open this message contains your e-mail address, sometimes disguised as a code. This is per-recipient tracking.',
      senderLearns: 'That you, by name and address, opened this message, when, from where and on which device.',
      action: 'Do not download pictures for this message. If you did not expect it, report it to IT security.',
    },
    fr: {
      title: 'Votre adresse est transmise à l’ouverture',
      explanation: 'Du contenu de {host} chargé à l’ouverture de ce message contient votre adresse e-mail, parfois déguisée en code. C’est un suivi individuel de chaque destinataire.',
      senderLearns: 'Que vous, nommément, avez ouvert ce message, quand, d’où et sur quel appareil.',
      action: 'Ne téléchargez pas les images de ce message. Si vous ne l’attendiez pas, signalez-le à la sécurité informatique.',
    },
    nl: {
      title: 'Uw e-mailadres wordt verstuurd bij openen',
      explanation: 'Inhoud van {host} die laadt wanneer u dit bericht opent, bevat uw e-mailadres, soms vermomd als code. Zo wordt elke ontvanger afzonderlijk gevolgd.',
      senderLearns: 'Dat u, met naam en adres, dit bericht hebt geopend, wanneer, vanwaar en op welk apparaat.',
      action: 'Download de afbeeldingen van dit bericht niet. Verwachtte u het niet, meld het dan aan de IT-beveiliging.',
    },
    de: {
      title: 'Ihre Adresse wird beim Öffnen übermittelt',
      explanation: 'Inhalte von {host}, die beim Öffnen dieser Nachricht geladen werden, enthalten Ihre E-Mail-Adresse, manchmal als Code getarnt. So wird jeder Empfänger einzeln verfolgt.',
      senderLearns: 'Dass genau Sie, mit Name und Adresse, diese Nachricht geöffnet haben, wann, von wo und mit welchem Gerät.',
      action: 'Laden Sie die Bilder dieser Nachricht nicht herunter. Wenn Sie sie nicht erwartet haben, melden Sie sie der IT-Sicherheit.',
    },
  },
  'tracking/identity-leak.inLink': {
    en: {
      title: 'Links contain your e-mail address',
      explanation: '{count} link(s) to {host} contain your e-mail address, sometimes disguised as a code, so the sender knows it was you who clicked.',
      senderLearns: 'That you, personally, clicked, when, from where and on which device.',
      action: 'Do not click these links unless you trust the sender. Report unexpected messages to IT security.',
    },
    fr: {
      title: 'Les liens contiennent votre adresse e-mail',
      explanation: '{count} lien(s) vers {host} contiennent votre adresse e-mail, parfois déguisée en code : l’expéditeur saura que c’est vous qui avez cliqué.',
      senderLearns: 'Que vous, personnellement, avez cliqué, quand, d’où et sur quel appareil.',
      action: 'Ne cliquez pas sur ces liens sauf si vous faites confiance à l’expéditeur. Signalez les messages inattendus à la sécurité informatique.',
    },
    nl: {
      title: 'Links bevatten uw e-mailadres',
      explanation: '{count} link(s) naar {host} bevatten uw e-mailadres, soms vermomd als code, zodat de afzender weet dat u hebt geklikt.',
      senderLearns: 'Dat u persoonlijk hebt geklikt, wanneer, vanwaar en op welk apparaat.',
      action: 'Klik niet op deze links tenzij u de afzender vertrouwt. Meld onverwachte berichten aan de IT-beveiliging.',
    },
    de: {
      title: 'Links enthalten Ihre E-Mail-Adresse',
      explanation: '{count} Link(s) zu {host} enthalten Ihre E-Mail-Adresse, manchmal als Code getarnt, sodass der Absender weiß, dass Sie geklickt haben.',
      senderLearns: 'Dass genau Sie geklickt haben, wann, von wo und mit welchem Gerät.',
      action: 'Klicken Sie diese Links nur an, wenn Sie dem Absender vertrauen. Melden Sie unerwartete Nachrichten der IT-Sicherheit.',
    },
  },
};
