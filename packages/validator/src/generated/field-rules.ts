// Generated from schema/ by generators/src/emitters/validator.ts — do not edit. LEX 1.0.0
export interface FieldRuleNode { c?: Record<string, FieldRuleNode>; w?: FieldRuleNode; e?: string; m?: string; p?: 1 }
/** Per-field codes as a trie over JSON Pointer segments (w = any index or key): e = constraint code, m = missing code, p = personal data. */
export const FIELD_RULES: FieldRuleNode = {"c":{"lex":{"c":{"version":{"e":"UNSUPPORTED_VERSION"},"header":{"c":{"messageId":{"e":"INVALID_UUID"},"timestamp":{"e":"INVALID_TIMESTAMP_FORMAT"},"senderId":{"e":"INVALID_PARTY_ID"},"receiverId":{"e":"INVALID_PARTY_ID"},"correlationId":{"e":"INVALID_UUID"},"ttl":{"c":{"expiresAt":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"retryContext":{"c":{"originalTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"},"lastAttemptTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"},"nextAttemptTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}}}},"payload":{"e":"PAYLOAD_TYPE_MISMATCH","c":{"lead":{"m":"PAYLOAD_TYPE_MISMATCH","c":{"leadId":{"e":"INVALID_LEAD_ID"},"parentOrderId":{"m":"POST_ORDER_REQUIRES_PARENT_ID"},"customer":{"c":{"firstName":{"e":"INVALID_NAME_FORMAT","p":1},"lastName":{"e":"INVALID_NAME_FORMAT","p":1},"email":{"e":"INVALID_EMAIL_FORMAT","p":1},"phone":{"e":"INVALID_PHONE_FORMAT","p":1},"address":{"c":{"street1":{"p":1},"street2":{"p":1},"country":{"e":"INVALID_COUNTRY_CODE"}}},"dateOfBirth":{"e":"INVALID_DATE_FORMAT","p":1},"creditTier":{"p":1},"fleetBuyer":{"c":{"fleetManagerName":{"p":1},"fleetManagerEmail":{"e":"INVALID_EMAIL_FORMAT","p":1}}}}},"desiredProduct":{"c":{"year":{"e":"INVALID_MODEL_YEAR"},"priceRange":{"c":{"currency":{"e":"INVALID_CURRENCY_CODE"}}},"evSpecifications":{"c":{"rangeStandard":{"m":"EV_RANGE_STANDARD_MISSING"},"chargePort":{"c":{"maxDcChargingKw":{"m":"EV_DC_SPEC_MISSING"}}},"taxCreditEligibility":{"c":{"region":{"e":"INVALID_COUNTRY_CODE"},"currency":{"e":"INVALID_CURRENCY_CODE"},"asOf":{"e":"INVALID_DATE_FORMAT"}}}}}}},"tradeIn":{"c":{"year":{"e":"INVALID_MODEL_YEAR"},"vin":{"e":"INVALID_VIN_FORMAT"},"payoffCurrency":{"e":"INVALID_CURRENCY_CODE"}}},"financing":{"c":{"preferredLoanTerm":{"e":"LOAN_TERM_OUT_OF_RANGE"}}},"metadata":{"c":{"createdAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"updatedAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"expirationDate":{"e":"INVALID_TIMESTAMP_FORMAT"},"compliance":{"c":{"consentRecord":{"m":"CONSENT_RECORD_REQUIRED","c":{"collectedAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"tcpa":{"c":{"timestamp":{"e":"INVALID_TIMESTAMP_FORMAT"},"ipAddress":{"p":1},"userAgent":{"p":1},"expiryDate":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"consentWithdrawnAt":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"gdpr":{"c":{"dataController":{"e":"INVALID_PARTY_ID"},"consentWithdrawnAt":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"ukGdpr":{"c":{"dataController":{"e":"INVALID_PARTY_ID"},"consentWithdrawnAt":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"ccpa":{"c":{"optOutTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"dpdp":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pipl":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"lgpd":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"popia":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pipeda":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pdpaSg":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"appi":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"nfadp":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pipaKr":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pdplSa":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pdpaTh":{"c":{"consentTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}}}}}},"deduplication":{"c":{"customerFingerprint":{"e":"INVALID_FINGERPRINT_FORMAT"},"crossPlatformIds":{"w":{"c":{"leadTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}}}}},"leadIntelligence":{"c":{"enrichmentSources":{"w":{"c":{"refreshedAt":{"e":"INVALID_TIMESTAMP_FORMAT"}}}},"modelMetadata":{"c":{"scoredAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"trainingDataCutoff":{"e":"INVALID_DATE_FORMAT"}}}}},"organizationContext":{"c":{"organizationId":{"e":"INVALID_PARTY_ID"},"managementSystemData":{"c":{"syncTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}}}},"aviationLead":{"c":{"currentRegistryCountry":{"e":"INVALID_COUNTRY_CODE"},"targetRegistryCountry":{"e":"INVALID_COUNTRY_CODE"}}},"heavyEquipmentLead":{"c":{"exportDestinationCountry":{"e":"INVALID_COUNTRY_CODE"}}},"realEstateLead":{"c":{"preApprovalCurrency":{"e":"INVALID_CURRENCY_CODE"},"preApprovalExpiryDate":{"e":"INVALID_DATE_FORMAT"},"contingencies":{"w":{"c":{"deadline":{"e":"INVALID_DATE_FORMAT"}}}},"sellerConcessionCurrency":{"e":"INVALID_CURRENCY_CODE"},"targetClosingDate":{"e":"INVALID_DATE_FORMAT"},"moveInDate":{"e":"INVALID_DATE_FORMAT"}}}}},"asset":{"m":"PAYLOAD_TYPE_MISMATCH","c":{"vin":{"e":"INVALID_VIN_FORMAT"},"specification":{"c":{"year":{"e":"INVALID_MODEL_YEAR"}}},"availability":{"c":{"lastUpdated":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"pricing":{"c":{"specialOffers":{"w":{"c":{"expirationDate":{"e":"INVALID_DATE_FORMAT"}}}},"currency":{"e":"INVALID_CURRENCY_CODE"}}},"metadata":{"c":{"createdAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"updatedAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"expirationDate":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"evSpecifications":{"c":{"rangeStandard":{"m":"EV_RANGE_STANDARD_MISSING"},"chargePort":{"c":{"maxDcChargingKw":{"m":"EV_DC_SPEC_MISSING"}}},"taxCreditEligibility":{"c":{"region":{"e":"INVALID_COUNTRY_CODE"},"currency":{"e":"INVALID_CURRENCY_CODE"},"asOf":{"e":"INVALID_DATE_FORMAT"}}}}}}},"acknowledgment":{"m":"PAYLOAD_TYPE_MISMATCH","c":{"originalMessageId":{"e":"INVALID_UUID"},"processedAt":{"e":"INVALID_TIMESTAMP_FORMAT"},"nextSteps":{"c":{"expectedFollowUp":{"e":"INVALID_TIMESTAMP_FORMAT"}}}}},"subscription":{"m":"PAYLOAD_TYPE_MISMATCH","c":{"filters":{"c":{"priceRange":{"c":{"currency":{"e":"INVALID_CURRENCY_CODE"}}}}}}},"leadClosure":{"m":"PAYLOAD_TYPE_MISMATCH","c":{"leadCreatedDate":{"e":"INVALID_TIMESTAMP_FORMAT"},"leadClosureDate":{"e":"INVALID_TIMESTAMP_FORMAT"},"closureDetail":{"c":{"orderPlacedDate":{"e":"INVALID_TIMESTAMP_FORMAT"},"actualDeliveryDate":{"e":"INVALID_DATE_FORMAT"},"currency":{"e":"INVALID_CURRENCY_CODE"}}},"purchasedProduct":{"c":{"year":{"e":"INVALID_MODEL_YEAR"},"vin":{"e":"INVALID_VIN_FORMAT"}}},"customerOutcome":{"c":{"estimatedDeliveryDate":{"e":"INVALID_TIMESTAMP_FORMAT"}}},"organizationContext":{"c":{"organizationId":{"e":"INVALID_PARTY_ID"},"managementSystemData":{"c":{"syncTimestamp":{"e":"INVALID_TIMESTAMP_FORMAT"}}}}}}}}}}}}};
export type ErrorCode = "INVALID_JSON" | "NOT_A_LEX_MESSAGE" | "REQUIRED_FIELD_MISSING" | "INVALID_ENUM_VALUE" | "INVALID_TYPE" | "INVALID_FORMAT" | "FIELD_TOO_LONG" | "FIELD_TOO_SHORT" | "VALUE_OUT_OF_RANGE" | "TOO_MANY_ITEMS" | "UNKNOWN_FIELD" | "PAYLOAD_TYPE_MISMATCH" | "UNSUPPORTED_VERSION" | "INVALID_UUID" | "INVALID_TIMESTAMP_FORMAT" | "INVALID_DATE_FORMAT" | "INVALID_PARTY_ID" | "INVALID_LEAD_ID" | "TIMESTAMP_IN_FUTURE" | "TIMESTAMP_TOO_OLD" | "INVALID_COUNTRY_CODE" | "INVALID_CURRENCY_CODE" | "INVALID_NAME_FORMAT" | "INVALID_EMAIL_FORMAT" | "INVALID_PHONE_FORMAT" | "PHONE_NOT_E164" | "INVALID_VIN_FORMAT" | "VIN_CHECK_DIGIT_MISMATCH" | "INVALID_MODEL_YEAR" | "LOAN_TERM_OUT_OF_RANGE" | "RANGE_MIN_EXCEEDS_MAX" | "INVALID_STATUS_TRANSITION" | "POST_ORDER_REQUIRES_PARENT_ID" | "CORRELATION_ID_MISSING" | "CORRELATION_ID_MISMATCH" | "CONSENT_RECORD_REQUIRED" | "FINGERPRINT_MISSING" | "INVALID_FINGERPRINT_FORMAT" | "EV_RANGE_STANDARD_MISSING" | "EV_DC_SPEC_MISSING" | "INTELLIGENCE_SCORES_STALE" | "INTENT_SCORE_OUT_OF_RANGE" | "MESSAGE_EXPIRED";
export const ERROR_CODES: Record<ErrorCode, { level: 'L1' | 'L2' | 'L3'; severity: 'CRITICAL' | 'ERROR' | 'WARNING' }> = {
  "INVALID_JSON": {
    "level": "L1",
    "severity": "CRITICAL"
  },
  "NOT_A_LEX_MESSAGE": {
    "level": "L1",
    "severity": "CRITICAL"
  },
  "REQUIRED_FIELD_MISSING": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_ENUM_VALUE": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_TYPE": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_FORMAT": {
    "level": "L1",
    "severity": "ERROR"
  },
  "FIELD_TOO_LONG": {
    "level": "L1",
    "severity": "ERROR"
  },
  "FIELD_TOO_SHORT": {
    "level": "L1",
    "severity": "ERROR"
  },
  "VALUE_OUT_OF_RANGE": {
    "level": "L1",
    "severity": "ERROR"
  },
  "TOO_MANY_ITEMS": {
    "level": "L1",
    "severity": "ERROR"
  },
  "UNKNOWN_FIELD": {
    "level": "L1",
    "severity": "WARNING"
  },
  "PAYLOAD_TYPE_MISMATCH": {
    "level": "L1",
    "severity": "CRITICAL"
  },
  "UNSUPPORTED_VERSION": {
    "level": "L1",
    "severity": "CRITICAL"
  },
  "INVALID_UUID": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_TIMESTAMP_FORMAT": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_DATE_FORMAT": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_PARTY_ID": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_LEAD_ID": {
    "level": "L1",
    "severity": "ERROR"
  },
  "TIMESTAMP_IN_FUTURE": {
    "level": "L1",
    "severity": "ERROR"
  },
  "TIMESTAMP_TOO_OLD": {
    "level": "L1",
    "severity": "ERROR"
  },
  "INVALID_COUNTRY_CODE": {
    "level": "L2",
    "severity": "ERROR"
  },
  "INVALID_CURRENCY_CODE": {
    "level": "L2",
    "severity": "ERROR"
  },
  "INVALID_NAME_FORMAT": {
    "level": "L2",
    "severity": "ERROR"
  },
  "INVALID_EMAIL_FORMAT": {
    "level": "L2",
    "severity": "ERROR"
  },
  "INVALID_PHONE_FORMAT": {
    "level": "L2",
    "severity": "ERROR"
  },
  "PHONE_NOT_E164": {
    "level": "L2",
    "severity": "WARNING"
  },
  "INVALID_VIN_FORMAT": {
    "level": "L2",
    "severity": "ERROR"
  },
  "VIN_CHECK_DIGIT_MISMATCH": {
    "level": "L2",
    "severity": "WARNING"
  },
  "INVALID_MODEL_YEAR": {
    "level": "L2",
    "severity": "ERROR"
  },
  "LOAN_TERM_OUT_OF_RANGE": {
    "level": "L2",
    "severity": "ERROR"
  },
  "RANGE_MIN_EXCEEDS_MAX": {
    "level": "L2",
    "severity": "ERROR"
  },
  "INVALID_STATUS_TRANSITION": {
    "level": "L2",
    "severity": "ERROR"
  },
  "POST_ORDER_REQUIRES_PARENT_ID": {
    "level": "L2",
    "severity": "ERROR"
  },
  "CORRELATION_ID_MISSING": {
    "level": "L2",
    "severity": "WARNING"
  },
  "CORRELATION_ID_MISMATCH": {
    "level": "L2",
    "severity": "ERROR"
  },
  "CONSENT_RECORD_REQUIRED": {
    "level": "L3",
    "severity": "ERROR"
  },
  "FINGERPRINT_MISSING": {
    "level": "L3",
    "severity": "WARNING"
  },
  "INVALID_FINGERPRINT_FORMAT": {
    "level": "L3",
    "severity": "ERROR"
  },
  "EV_RANGE_STANDARD_MISSING": {
    "level": "L3",
    "severity": "WARNING"
  },
  "EV_DC_SPEC_MISSING": {
    "level": "L3",
    "severity": "WARNING"
  },
  "INTELLIGENCE_SCORES_STALE": {
    "level": "L3",
    "severity": "WARNING"
  },
  "INTENT_SCORE_OUT_OF_RANGE": {
    "level": "L3",
    "severity": "ERROR"
  },
  "MESSAGE_EXPIRED": {
    "level": "L3",
    "severity": "ERROR"
  }
};
export const LEX_VERSION = "1.0.0";
/** The lead lifecycle (schema/lead-lifecycle.json), expanded: status → the statuses that may follow it. */
export const LEAD_TRANSITIONS: Readonly<Record<string, readonly string[]>> = {
  "CART": [
    "SHOPPING",
    "EXPLORING",
    "TEST_DRIVE_REQUESTED",
    "CART",
    "ARCHIVED"
  ],
  "SHOPPING": [
    "CART",
    "EXPLORING",
    "TEST_DRIVE_REQUESTED",
    "EXPRESSED_INTEREST",
    "SHOPPING",
    "ARCHIVED"
  ],
  "EXPLORING": [
    "SHOPPING",
    "EXPRESSED_INTEREST",
    "TRADE_IN",
    "EXPLORING",
    "ARCHIVED"
  ],
  "TEST_DRIVE_REQUESTED": [
    "TEST_DRIVE_COMPLETED",
    "SHOPPING",
    "TEST_DRIVE_REQUESTED",
    "ARCHIVED"
  ],
  "TEST_DRIVE_COMPLETED": [
    "SHOPPING",
    "EXPRESSED_INTEREST",
    "EXPLORING",
    "TEST_DRIVE_COMPLETED",
    "ARCHIVED"
  ],
  "TRADE_IN": [
    "SHOPPING",
    "EXPRESSED_INTEREST",
    "EXPLORING",
    "TRADE_IN",
    "ARCHIVED"
  ],
  "EXPRESSED_INTEREST": [
    "RESERVATION",
    "APPOINTMENT_REQUEST",
    "IN_NEGOTIATION",
    "SHOPPING",
    "TRADE_IN",
    "ORDER",
    "EXPRESSED_INTEREST",
    "ARCHIVED"
  ],
  "RESERVATION": [
    "APPOINTMENT_REQUEST",
    "IN_NEGOTIATION",
    "SHOPPING",
    "RESERVATION",
    "ARCHIVED"
  ],
  "APPOINTMENT_REQUEST": [
    "IN_NEGOTIATION",
    "SHOPPING",
    "EXPLORING",
    "APPOINTMENT_REQUEST",
    "ARCHIVED"
  ],
  "IN_NEGOTIATION": [
    "ORDER",
    "SHOPPING",
    "EXPLORING",
    "IN_NEGOTIATION",
    "ARCHIVED"
  ],
  "ORDER": [
    "ORDER_CONFIRMED",
    "IN_DELIVERY",
    "DELIVERED",
    "ORDER",
    "ARCHIVED"
  ],
  "ORDER_CONFIRMED": [
    "IN_DELIVERY",
    "ORDER",
    "DELIVERED",
    "ORDER_CONFIRMED",
    "ARCHIVED"
  ],
  "IN_DELIVERY": [
    "DELIVERED",
    "IN_DELIVERY",
    "ARCHIVED"
  ],
  "DELIVERED": [
    "ARCHIVED",
    "DELIVERED"
  ],
  "ARCHIVED": []
};
