// Streaming: an interchange (or NDJSON, or an XML batch) read as an async iterable of messages, and messages
// written as one NDJSON stream, <lexBatch> or interchange. Memory stays flat however large the input: text is
// decoded chunk by chunk, each codec's push reader hands out a message as soon as it is complete, and nothing
// holds more than the current chunk and the message being read.
//
// read.ts takes bytes or text from a source; decode.ts turns bytes into text and cutter.ts decides where byte chunks
// are cut; a splitter per format (x12-, edifact-, xml-, json-splitter.ts) hands the text to that format's reader
// and moves its positions to the whole stream (positions.ts); write.ts writes messages out.
export type { MessageStream, ReadableStreamLike, ReadMessagesOptions, StreamFailure, StreamItem, StreamMessage, StreamSource } from './types.js';
export { readMessages } from './read.js';
export { decodeInput, decodeText, type DecodedInput } from './decode.js';
export { stripPosition } from './positions.js';
export { writeMessages, type WriteMessagesOptions, type WriteSummary } from './write.js';
