// The bundled-browser download cannot work offline; PDFs use Debian's Chromium
// (/usr/bin/chromium) or PUPPETEER_EXECUTABLE_PATH.
module.exports = { skipDownload: true };
