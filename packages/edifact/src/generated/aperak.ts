// Generated from schema/ by generators/src/emitters/edifact.ts — do not edit. LEX 1.0.0
// EDIFACT APERAK (APERAK:D:96A:UN:ALXACK) as LEX writes it, between UNH and UNT:
//   BGM → 2.1 /lex/header/messageId, 3.1 /lex/payload/acknowledgment/status
//   DTM [1.1=137] → 1.2 /lex/header/timestamp
//   DTM [1.1=9] → 1.2 /lex/payload/acknowledgment/processedAt
//   RFF [1.1=ZZZ] → 1.2 /lex/header/correlationId
//   RFF [1.1=ACW] → 1.2 /lex/payload/acknowledgment/originalMessageId
//   NAD [1=MS] → 2.1 /lex/header/senderId
//   NAD [1=MR] → 2.1 /lex/header/receiverId
//   ERC [1.2=ERR] (repeats) → 1.1 /lex/payload/acknowledgment/errors/*/code
//     FTX [1=AAO] (repeats) → 4.1 /lex/payload/acknowledgment/errors/*/message, 3.1 /lex/payload/acknowledgment/errors/*/severity, 4.2 /lex/payload/acknowledgment/errors/*/suggestedAction
//     RFF [1.1=ZZZ] (repeats) → 1.2 /lex/payload/acknowledgment/errors/*/path
//   ERC [1.2=WRN] (repeats) → 1.1 /lex/payload/acknowledgment/warnings/*/code
//     FTX [1=AAO] (repeats) → 4.1 /lex/payload/acknowledgment/warnings/*/message, 3.1 /lex/payload/acknowledgment/warnings/*/severity, 4.2 /lex/payload/acknowledgment/warnings/*/suggestedAction
//     RFF [1.1=ZZZ] (repeats) → 1.2 /lex/payload/acknowledgment/warnings/*/path
// envelope: UNH 1.1 /lex/header/messageId, UNB 4.1 /lex/header/timestamp, UNB 4.2 /lex/header/timestamp, UNB 2.1 /lex/header/senderId, UNB 3.1 /lex/header/receiverId
import type { OrdersTable } from '../table.js';

export const APERAK: OrdersTable = {
 version: {"path":["lex","version"],"value":"1.0.0"},
 selects: {"path":["lex","header","messageType"],"value":"ACKNOWLEDGMENT"},
 messageIdentifier: ["APERAK","D","96A","UN","ALXACK"],
 fields: [
  {"pointer":"/lex/header/messageId","path":["lex","header","messageId"],"shape":"scalar","type":"string"}, // 0
  {"pointer":"/lex/header/timestamp","path":["lex","header","timestamp"],"shape":"scalar","type":"string"}, // 1
  {"pointer":"/lex/header/senderId","path":["lex","header","senderId"],"shape":"scalar","type":"string"}, // 2
  {"pointer":"/lex/header/receiverId","path":["lex","header","receiverId"],"shape":"scalar","type":"string"}, // 3
  {"pointer":"/lex/header/correlationId","path":["lex","header","correlationId"],"shape":"scalar","type":"string"}, // 4
  {"pointer":"/lex/payload/acknowledgment/originalMessageId","path":["lex","payload","acknowledgment","originalMessageId"],"shape":"scalar","type":"string"}, // 5
  {"pointer":"/lex/payload/acknowledgment/status","path":["lex","payload","acknowledgment","status"],"shape":"scalar","type":"string","enum":["RECEIVED","PROCESSED","REJECTED","ERROR","DUPLICATE"]}, // 6
  {"pointer":"/lex/payload/acknowledgment/processedAt","path":["lex","payload","acknowledgment","processedAt"],"shape":"scalar","type":"string"}, // 7
  {"pointer":"/lex/payload/acknowledgment/errors","path":["lex","payload","acknowledgment","errors"],"shape":"array","type":"string"}, // 8
  {"pointer":"/lex/payload/acknowledgment/errors/*/code","path":["lex","payload","acknowledgment","errors","*","code"],"shape":"item","type":"string","array":8,"itemPath":["code"]}, // 9
  {"pointer":"/lex/payload/acknowledgment/errors/*/message","path":["lex","payload","acknowledgment","errors","*","message"],"shape":"item","type":"string","array":8,"itemPath":["message"]}, // 10
  {"pointer":"/lex/payload/acknowledgment/errors/*/path","path":["lex","payload","acknowledgment","errors","*","path"],"shape":"item","type":"string","array":8,"itemPath":["path"]}, // 11
  {"pointer":"/lex/payload/acknowledgment/errors/*/severity","path":["lex","payload","acknowledgment","errors","*","severity"],"shape":"item","type":"string","array":8,"itemPath":["severity"],"enum":["CRITICAL","ERROR","WARNING"]}, // 12
  {"pointer":"/lex/payload/acknowledgment/errors/*/suggestedAction","path":["lex","payload","acknowledgment","errors","*","suggestedAction"],"shape":"item","type":"string","array":8,"itemPath":["suggestedAction"]}, // 13
  {"pointer":"/lex/payload/acknowledgment/warnings","path":["lex","payload","acknowledgment","warnings"],"shape":"array","type":"string"}, // 14
  {"pointer":"/lex/payload/acknowledgment/warnings/*/code","path":["lex","payload","acknowledgment","warnings","*","code"],"shape":"item","type":"string","array":14,"itemPath":["code"]}, // 15
  {"pointer":"/lex/payload/acknowledgment/warnings/*/message","path":["lex","payload","acknowledgment","warnings","*","message"],"shape":"item","type":"string","array":14,"itemPath":["message"]}, // 16
  {"pointer":"/lex/payload/acknowledgment/warnings/*/path","path":["lex","payload","acknowledgment","warnings","*","path"],"shape":"item","type":"string","array":14,"itemPath":["path"]}, // 17
  {"pointer":"/lex/payload/acknowledgment/warnings/*/severity","path":["lex","payload","acknowledgment","warnings","*","severity"],"shape":"item","type":"string","array":14,"itemPath":["severity"],"enum":["CRITICAL","ERROR","WARNING"]}, // 18
  {"pointer":"/lex/payload/acknowledgment/warnings/*/suggestedAction","path":["lex","payload","acknowledgment","warnings","*","suggestedAction"],"shape":"item","type":"string","array":14,"itemPath":["suggestedAction"]}, // 19
 ],
 slots: [
  {"tag":"BGM","match":[],"fixed":[[1,1,"305"]],"values":[{"field":0,"element":2,"component":1},{"field":6,"element":3,"component":1,"codes":{"RECEIVED":"23","PROCESSED":"29","REJECTED":"27","ERROR":"12","DUPLICATE":"7"}}],"parent":-1,"trigger":false,"owner":"/lex"}, // 0
  {"tag":"DTM","match":[[1,1,"137"]],"fixed":[],"values":[{"field":1,"element":1,"component":2,"format":"CCYYMMDDHHMMSS","formatCode":[1,3,"204"]}],"parent":-1,"trigger":false,"owner":"/lex/header"}, // 1
  {"tag":"DTM","match":[[1,1,"9"]],"fixed":[],"values":[{"field":7,"element":1,"component":2,"format":"CCYYMMDDHHMMSS","formatCode":[1,3,"204"]}],"parent":-1,"trigger":false,"owner":"/lex/payload/acknowledgment"}, // 2
  {"tag":"RFF","match":[[1,1,"ZZZ"]],"fixed":[],"values":[{"field":4,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/header"}, // 3
  {"tag":"RFF","match":[[1,1,"ACW"]],"fixed":[],"values":[{"field":5,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/acknowledgment"}, // 4
  {"tag":"NAD","match":[[1,0,"MS"]],"fixed":[],"values":[{"field":2,"element":2,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/header"}, // 5
  {"tag":"NAD","match":[[1,0,"MR"]],"fixed":[],"values":[{"field":3,"element":2,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/header"}, // 6
  {"tag":"ERC","match":[[1,2,"ERR"]],"fixed":[[1,3,"ZZZ"]],"values":[{"field":9,"element":1,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/payload/acknowledgment/errors","repeat":8}, // 7
  {"tag":"FTX","match":[[1,0,"AAO"]],"fixed":[],"values":[{"field":10,"element":4,"component":1},{"field":12,"element":3,"component":1},{"field":13,"element":4,"component":2}],"parent":7,"trigger":false,"owner":"/lex/payload/acknowledgment/errors","repeat":8}, // 8
  {"tag":"RFF","match":[[1,1,"ZZZ"]],"fixed":[],"values":[{"field":11,"element":1,"component":2}],"parent":7,"trigger":false,"owner":"/lex/payload/acknowledgment/errors","repeat":8}, // 9
  {"tag":"ERC","match":[[1,2,"WRN"]],"fixed":[[1,3,"ZZZ"]],"values":[{"field":15,"element":1,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/payload/acknowledgment/warnings","repeat":14}, // 10
  {"tag":"FTX","match":[[1,0,"AAO"]],"fixed":[],"values":[{"field":16,"element":4,"component":1},{"field":18,"element":3,"component":1},{"field":19,"element":4,"component":2}],"parent":10,"trigger":false,"owner":"/lex/payload/acknowledgment/warnings","repeat":14}, // 11
  {"tag":"RFF","match":[[1,1,"ZZZ"]],"fixed":[],"values":[{"field":17,"element":1,"component":2}],"parent":10,"trigger":false,"owner":"/lex/payload/acknowledgment/warnings","repeat":14}, // 12
 ],
 envelope: [
  {"field":0,"tag":"UNH","element":1,"component":1}, // 0
  {"field":1,"tag":"UNB","element":4,"component":1,"format":"YYMMDD"}, // 1
  {"field":1,"tag":"UNB","element":4,"component":2,"format":"HHMM"}, // 2
  {"field":2,"tag":"UNB","element":2,"component":1}, // 3
  {"field":3,"tag":"UNB","element":3,"component":1}, // 4
 ],
 ignorable: {"NAD":["2.2","2.3"],"BGM":["1.2","1.3","1.4"],"RFF":["1.3","1.4"]},
 required: [
  {"pointer":"/lex","path":["lex"]}, // 0
  {"pointer":"/lex/header","path":["lex","header"]}, // 1
  {"pointer":"/lex/header/messageId","path":["lex","header","messageId"]}, // 2
  {"pointer":"/lex/header/messageType","path":["lex","header","messageType"]}, // 3
  {"pointer":"/lex/header/timestamp","path":["lex","header","timestamp"]}, // 4
  {"pointer":"/lex/header/senderId","path":["lex","header","senderId"]}, // 5
  {"pointer":"/lex/header/receiverId","path":["lex","header","receiverId"]}, // 6
  {"pointer":"/lex/payload","path":["lex","payload"]}, // 7
  {"pointer":"/lex/payload/acknowledgment/originalMessageId","path":["lex","payload","acknowledgment","originalMessageId"]}, // 8
  {"pointer":"/lex/payload/acknowledgment/status","path":["lex","payload","acknowledgment","status"]}, // 9
  {"pointer":"/lex/payload/acknowledgment/processedAt","path":["lex","payload","acknowledgment","processedAt"]}, // 10
 ],
};

/**
 * Builds the message from the values read (index = field), members in schema order; then calls `missing` with the
 * index in `required` of each required field left unset in an object that was made.
 */
export function buildAperakMessage(v: unknown[], missing?: (required: number) => void): Record<string, unknown> {
  type Obj = Record<string, unknown>;
  const n0: Obj = {};
  let n1: Obj | undefined, n2: Obj | undefined, n3: Obj | undefined, n4: Obj | undefined;
  let x: unknown;
  (n1 ??= (n0.lex = {})).version = "1.0.0";
  (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).messageType = "ACKNOWLEDGMENT";
  if ((x = v[0]) !== undefined) { v[0] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).messageId = x; } // /lex/header/messageId
  if ((x = v[1]) !== undefined) { v[1] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).timestamp = x; } // /lex/header/timestamp
  if ((x = v[2]) !== undefined) { v[2] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).senderId = x; } // /lex/header/senderId
  if ((x = v[3]) !== undefined) { v[3] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).receiverId = x; } // /lex/header/receiverId
  if ((x = v[4]) !== undefined) { v[4] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).correlationId = x; } // /lex/header/correlationId
  if ((x = v[5]) !== undefined) { v[5] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).acknowledgment = {})).originalMessageId = x; } // /lex/payload/acknowledgment/originalMessageId
  if ((x = v[6]) !== undefined) { v[6] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).acknowledgment = {})).status = x; } // /lex/payload/acknowledgment/status
  if ((x = v[7]) !== undefined) { v[7] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).acknowledgment = {})).processedAt = x; } // /lex/payload/acknowledgment/processedAt
  if ((x = v[8]) !== undefined) { v[8] = undefined; if ((x as unknown[]).length !== 0) (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).acknowledgment = {})).errors = x; } // /lex/payload/acknowledgment/errors
  if ((x = v[14]) !== undefined) { v[14] = undefined; if ((x as unknown[]).length !== 0) (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).acknowledgment = {})).warnings = x; } // /lex/payload/acknowledgment/warnings
  if (missing !== undefined) {
    if (n0.lex === undefined) missing(0); // /lex
    if (n1 !== undefined && n1.header === undefined) missing(1); // /lex/header
    if (n2 !== undefined && n2.messageId === undefined) missing(2); // /lex/header/messageId
    if (n2 !== undefined && n2.messageType === undefined) missing(3); // /lex/header/messageType
    if (n2 !== undefined && n2.timestamp === undefined) missing(4); // /lex/header/timestamp
    if (n2 !== undefined && n2.senderId === undefined) missing(5); // /lex/header/senderId
    if (n2 !== undefined && n2.receiverId === undefined) missing(6); // /lex/header/receiverId
    if (n1 !== undefined && n1.payload === undefined) missing(7); // /lex/payload
    if (n4 !== undefined && n4.originalMessageId === undefined) missing(8); // /lex/payload/acknowledgment/originalMessageId
    if (n4 !== undefined && n4.status === undefined) missing(9); // /lex/payload/acknowledgment/status
    if (n4 !== undefined && n4.processedAt === undefined) missing(10); // /lex/payload/acknowledgment/processedAt
  }
  return n0;
}
