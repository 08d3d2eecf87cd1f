// Texts for tracking pixels, catalogued tracking services and per-reader tokens.
import type { FindingCatalogue } from '../types';

export const trackingPixelMessages: FindingCatalogue = {
  'tracking/tiny-image.pixel': {
    en: {
      title: 'Hidden tracking pixel',
      explanation: 'The message contains an image of {size} pixels from {host}. It is too small to see: its only job is to be downloaded when you open the message.',
      senderLearns: 'That you opened the message, when, and each time you open it again; your approximate location (from your internet address) and the kind of device and mail program you use.',
      action: 'Do not download pictures for this message. If you do not know the sender, report the message and do not reply.',
    },
    fr: {
      title: 'Pixel espion caché',
      explanation: 'Le message contient une image de {size} pixels provenant de {host}. Elle est trop petite pour être vue : elle ne sert qu’à être téléchargée quand vous ouvrez le message.',
      senderLearns: 'Que vous avez ouvert le message, à quel moment et à chaque nouvelle ouverture ; votre localisation approximative (grâce à votre adresse internet) ainsi que le type d’appareil et de messagerie que vous utilisez.',
      action: 'Ne téléchargez pas les images de ce message. Si vous ne connaissez pas l’expéditeur, signalez le message et n’y répondez pas.',
    },
    nl: {
      title: 'Verborgen volgpixel',
      explanation: 'Het bericht bevat een afbeelding van {size} pixels van {host}. Die is te klein om te zien: ze dient alleen om te worden gedownload zodra u het bericht opent.',
      senderLearns: 'Dat u het bericht hebt geopend, wanneer, en elke keer dat u het opnieuw opent; uw globale locatie (via uw internetadres) en welk apparaat en mailprogramma u gebruikt.',
      action: 'Download de afbeeldingen van dit bericht niet. Kent u de afzender niet, meld het bericht dan en antwoord niet.',
    },
    de: {
      title: 'Verstecktes Zählpixel',
      explanation: 'Die Nachricht enthält ein Bild von {size} Pixeln von {host}. Es ist zu klein, um es zu sehen: Es soll nur heruntergeladen werden, sobald Sie die Nachricht öffnen.',
      senderLearns: 'Dass Sie die Nachricht geöffnet haben, wann und bei jedem erneuten Öffnen; Ihren ungefähren Standort (über Ihre Internetadresse) sowie Ihr Gerät und Ihr E-Mail-Programm.',
      action: 'Laden Sie die Bilder dieser Nachricht nicht herunter. Wenn Sie den Absender nicht kennen, melden Sie die Nachricht und antworten Sie nicht.',
    },
  },
  'tracking/hidden-image.hidden': {
    en: {
      title: 'Invisible image',
      explanation: 'The message loads an image from {host} that is deliberately hidden from view. Hidden images are used to find out whether a message was opened.',
      senderLearns: 'That you opened the message and when; your approximate location and the kind of device you use.',
      action: 'Do not download pictures for this message. Report it if you do not know the sender.',
    },
    fr: {
      title: 'Image invisible',
      explanation: 'Le message charge une image de {host} volontairement masquée. Les images cachées servent à savoir si un message a été ouvert.',
      senderLearns: 'Que vous avez ouvert le message et à quel moment ; votre localisation approximative et le type d’appareil utilisé.',
      action: 'Ne téléchargez pas les images de ce message. Signalez-le si vous ne connaissez pas l’expéditeur.',
    },
    nl: {
      title: 'Onzichtbare afbeelding',
      explanation: 'Het bericht laadt een afbeelding van {host} die bewust onzichtbaar is gemaakt. Verborgen afbeeldingen dienen om na te gaan of een bericht is geopend.',
      senderLearns: 'Dat u het bericht hebt geopend en wanneer; uw globale locatie en welk apparaat u gebruikt.',
      action: 'Download de afbeeldingen van dit bericht niet. Meld het als u de afzender niet kent.',
    },
    de: {
      title: 'Unsichtbares Bild',
      explanation: 'Die Nachricht lädt ein Bild von {host}, das absichtlich unsichtbar gemacht wurde. Versteckte Bilder dienen dazu festzustellen, ob eine Nachricht geöffnet wurde.',
      senderLearns: 'Dass Sie die Nachricht geöffnet haben und wann; Ihren ungefähren Standort und Ihr Gerät.',
      action: 'Laden Sie die Bilder dieser Nachricht nicht herunter. Melden Sie sie, wenn Sie den Absender nicht kennen.',
    },
  },
  'tracking/known-tracker.openPixel': {
    en: {
      title: 'Open tracking by {vendor}',
      explanation: 'The message loads a tracking address of {vendor} ({host}), a service that reports to senders who opened their mail.',
      senderLearns: 'That you opened the message, when and how often; your approximate location and your device. Mass-mail services link this to your address.',
      action: 'Do not download pictures for this message. A newsletter you signed up for is normal; an unexpected message from a stranger is worth reporting.',
    },
    fr: {
      title: 'Suivi d’ouverture par {vendor}',
      explanation: 'Le message charge une adresse de suivi de {vendor} ({host}), un service qui indique aux expéditeurs qui a ouvert leurs messages.',
      senderLearns: 'Que vous avez ouvert le message, quand et combien de fois ; votre localisation approximative et votre appareil. Les services d’envoi en masse relient ces informations à votre adresse.',
      action: 'Ne téléchargez pas les images de ce message. Une lettre d’information à laquelle vous êtes abonné est normale ; un message inattendu d’un inconnu mérite d’être signalé.',
    },
    nl: {
      title: 'Openingen gevolgd door {vendor}',
      explanation: 'Het bericht laadt een volgadres van {vendor} ({host}), een dienst die afzenders laat weten wie hun berichten heeft geopend.',
      senderLearns: 'Dat u het bericht hebt geopend, wanneer en hoe vaak; uw globale locatie en uw apparaat. Massamaildiensten koppelen dit aan uw adres.',
      action: 'Download de afbeeldingen van dit bericht niet. Een nieuwsbrief waarop u bent geabonneerd is normaal; een onverwacht bericht van een onbekende kunt u beter melden.',
    },
    de: {
      title: 'Öffnungsverfolgung durch {vendor}',
      explanation: 'Die Nachricht lädt eine Tracking-Adresse von {vendor} ({host}), einem Dienst, der Absendern meldet, wer ihre Nachrichten geöffnet hat.',
      senderLearns: 'Dass Sie die Nachricht geöffnet haben, wann und wie oft; Ihren ungefähren Standort und Ihr Gerät. Massenversanddienste verknüpfen das mit Ihrer Adresse.',
      action: 'Laden Sie die Bilder dieser Nachricht nicht herunter. Ein abonnierter Newsletter ist normal; eine unerwartete Nachricht von Unbekannten sollten Sie melden.',
    },
  },
  'tracking/click-tracking.redirect': {
    en: {
      title: 'Clicks are tracked ({vendor})',
      explanation: '{count} link(s) in this message first pass through {vendor} ({host}), which records the click before sending you on to the real page.',
      senderLearns: 'Which links you click and when, from which internet address and device.',
      action: 'Only click if you trust the sender. To visit a site, you can type its address yourself.',
    },
    fr: {
      title: 'Clics suivis ({vendor})',
      explanation: '{count} lien(s) de ce message passent d’abord par {vendor} ({host}), qui enregistre le clic avant de vous envoyer vers la vraie page.',
      senderLearns: 'Les liens sur lesquels vous cliquez et à quel moment, depuis quelle adresse internet et quel appareil.',
      action: 'Ne cliquez que si vous faites confiance à l’expéditeur. Pour visiter un site, vous pouvez saisir son adresse vous-même.',
    },
    nl: {
      title: 'Klikken worden gevolgd ({vendor})',
      explanation: '{count} link(s) in dit bericht lopen eerst via {vendor} ({host}), dat de klik registreert voordat u naar de echte pagina gaat.',
      senderLearns: 'Op welke links u klikt en wanneer, vanaf welk internetadres en apparaat.',
      action: 'Klik alleen als u de afzender vertrouwt. U kunt het adres van een website ook zelf intypen.',
    },
    de: {
      title: 'Klicks werden verfolgt ({vendor})',
      explanation: '{count} Link(s) in dieser Nachricht führen zuerst über {vendor} ({host}), das den Klick aufzeichnet, bevor Sie zur eigentlichen Seite weitergeleitet werden.',
      senderLearns: 'Welche Links Sie anklicken und wann, von welcher Internetadresse und welchem Gerät.',
      action: 'Klicken Sie nur, wenn Sie dem Absender vertrauen. Sie können die Adresse einer Website auch selbst eingeben.',
    },
  },
  'tracking/unique-token.token': {
    en: {
      title: 'Image address made for you alone',
      explanation: 'Images from {host} carry a long unique code in their address. Each recipient gets a different code, so loading the image identifies you.',
      senderLearns: 'That you, personally, opened the message, when, from where and on which device.',
      action: 'Do not download pictures for this message unless you trust the sender.',
    },
    fr: {
      title: 'Adresse d’image propre à vous',
      explanation: 'Les images de {host} contiennent un long code unique dans leur adresse. Chaque destinataire reçoit un code différent : charger l’image vous identifie.',
      senderLearns: 'Que vous, personnellement, avez ouvert le message, quand, d’où et sur quel appareil.',
      action: 'Ne téléchargez pas les images de ce message, sauf si vous faites confiance à l’expéditeur.',
    },
    nl: {
      title: 'Afbeeldingsadres speciaal voor u',
      explanation: 'Afbeeldingen van {host} bevatten een lange unieke code in hun adres. Elke ontvanger krijgt een andere code, dus het laden van de afbeelding verraadt wie u bent.',
      senderLearns: 'Dat u persoonlijk het bericht hebt geopend, wanneer, vanwaar en op welk apparaat.',
      action: 'Download de afbeeldingen van dit bericht alleen als u de afzender vertrouwt.',
    },
    de: {
      title: 'Bildadresse nur für Sie',
      explanation: 'Bilder von {host} tragen einen langen, eindeutigen Code in ihrer Adresse. Jeder Empfänger erhält einen anderen Code, das Laden des Bildes verrät also, wer Sie sind.',
      senderLearns: 'Dass genau Sie die Nachricht geöffnet haben, wann, von wo und mit welchem Gerät.',
      action: 'Laden Sie die Bilder dieser Nachricht nur herunter, wenn Sie dem Absender vertrauen.',
    },
  },
};
