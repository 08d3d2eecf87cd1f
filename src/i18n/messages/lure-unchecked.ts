import type { FindingCatalogue } from '../types';

export const lureUncheckedMessages: FindingCatalogue = {
  'lure/unchecked-content.tooManyUrls': {
    en: {
      title: 'Too many links or images to check them all',
      explanation: 'This message contains more than {links} links or {resources} images and other resources. Clearsight checked the first ones; the rest could hide a tracker or a deceptive link. Ordinary mail never comes close to this.',
      senderLearns: 'Possibly that you opened the message, or what you click, through the parts that were not checked.',
      action: 'Be careful with links and images in this message. If you do not expect it, report it to IT security.',
    },
    fr: {
      title: 'Trop de liens ou d’images pour tout vérifier',
      explanation: 'Ce message contient plus de {links} liens ou {resources} images et autres éléments. Clearsight a vérifié les premiers ; le reste pourrait cacher un traceur ou un lien trompeur. Un courriel ordinaire n’en contient jamais autant.',
      senderLearns: 'Peut-être que vous avez ouvert le message, ou ce sur quoi vous cliquez, grâce aux parties non vérifiées.',
      action: 'Méfiez-vous des liens et des images de ce message. Si vous ne l’attendiez pas, signalez-le à la sécurité informatique.',
    },
    nl: {
      title: 'Te veel links of afbeeldingen om alles te controleren',
      explanation: 'Dit bericht bevat meer dan {links} links of {resources} afbeeldingen en andere onderdelen. Clearsight heeft de eerste gecontroleerd; de rest kan een tracker of een misleidende link verbergen. Gewone e-mail komt daar nooit in de buurt.',
      senderLearns: 'Mogelijk dat u het bericht opende, of waarop u klikt, via de delen die niet zijn gecontroleerd.',
      action: 'Wees voorzichtig met links en afbeeldingen in dit bericht. Verwacht u het niet, meld het dan bij IT-beveiliging.',
    },
    de: {
      title: 'Zu viele Links oder Bilder, um alle zu prüfen',
      explanation: 'Diese Nachricht enthält mehr als {links} Links oder {resources} Bilder und andere Inhalte. Clearsight hat die ersten geprüft; der Rest könnte einen Tracker oder einen irreführenden Link verbergen. Gewöhnliche E-Mails kommen dem nie nahe.',
      senderLearns: 'Möglicherweise, dass Sie die Nachricht geöffnet haben oder worauf Sie klicken – über die nicht geprüften Teile.',
      action: 'Seien Sie vorsichtig mit Links und Bildern in dieser Nachricht. Wenn Sie sie nicht erwarten, melden Sie sie der IT-Sicherheit.',
    },
  },
};
