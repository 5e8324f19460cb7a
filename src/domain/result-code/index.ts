/** Result codes: a result as a short, checked text that travels by chat, e-mail, link or QR code. */
export { encode, decode, groupCode, type DecodeOutcome, type EncodeOutcome, type EncodeProblem, type Refusal, type RefusalReason, type RefusalWording, type WordValues } from './codec.ts';
export { findCodes, type FoundCode, type FoundCodes } from './find.ts';
export { codeInstrument, type ScaledInstrument } from './from-instrument.ts';
export { CODE_ROLES, codeLength, type CodeAnswer, type CodedResult, type CodeInstrument, type CodeRole } from './layout.ts';
export { codeForResult, completedFromCode, dayOf } from './to-result.ts';
export { resultsFromText, type PastedCode, type PastedCodes, type PastedCount } from './paste.ts';
