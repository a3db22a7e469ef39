export { main, USAGE } from './main.js';
export { EXIT, CliError } from './io.js';
