/** Sent with every report so IT can tell which build reported it; a unit test keeps it equal to package.json. */
export const ADDIN_VERSION = '0.1.0';
