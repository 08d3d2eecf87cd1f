// Entry point of taskpane.html. The page (owned by the build) must contain
//   <div id="root"></div>
// and load office.js before this bundle; nothing else. The report feature
// passes its integration to mountTaskpane.
import { createPaneReportIntegration } from '../report/pane';
import { mountTaskpane } from './mount';

void mountTaskpane({ report: createPaneReportIntegration() });
