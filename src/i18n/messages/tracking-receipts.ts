import type { FindingCatalogue } from '../types';

export const receiptMessages: FindingCatalogue = {
  'tracking/read-receipt.requested': {
    en: {
      title: 'Read receipt requested',
      explanation: 'The message asks your mail program to confirm to {to} that you opened it.',
      senderLearns: 'When you opened the message, if a receipt is sent.',
      action: 'Decline the receipt if Outlook asks. Do not reply if you do not know the sender.',
    },
    fr: {
      title: 'Accusé de lecture demandé',
      explanation: 'Le message demande à votre messagerie de confirmer à {to} que vous l’avez ouvert.',
      senderLearns: 'Le moment où vous avez ouvert le message, si l’accusé est envoyé.',
      action: 'Refusez l’accusé de lecture si Outlook le propose. Ne répondez pas si vous ne connaissez pas l’expéditeur.',
    },
    nl: {
      title: 'Leesbevestiging gevraagd',
      explanation: 'Het bericht vraagt uw mailprogramma om aan {to} te bevestigen dat u het hebt geopend.',
      senderLearns: 'Wanneer u het bericht opende, als de bevestiging wordt verstuurd.',
      action: 'Weiger de leesbevestiging als Outlook erom vraagt. Antwoord niet als u de afzender niet kent.',
    },
    de: {
      title: 'Lesebestätigung angefordert',
      explanation: 'Die Nachricht bittet Ihr E-Mail-Programm, {to} zu bestätigen, dass Sie sie geöffnet haben.',
      senderLearns: 'Wann Sie die Nachricht geöffnet haben, falls die Bestätigung gesendet wird.',
      action: 'Lehnen Sie die Lesebestätigung ab, wenn Outlook danach fragt. Antworten Sie nicht, wenn Sie den Absender nicht kennen.',
    },
  },
};
