/*!
 * BioCluster Atlas host helper as an ES module: the same code as atlas-embed.js
 * (which it loads), with named exports.
 *   import { embed } from 'https://atlas.example.gov/embed/atlas-embed.mjs';
 * Importing a module from another origin needs the atlas's server to send CORS
 * headers for embed/ (see the README); the classic script does not.
 */
import './atlas-embed.js';

const api = globalThis.BioClusterAtlas;
export const embed = api.embed;
export const adoptAll = api.adoptAll;
export const protocol = api.protocol;
export default api;
