// Generated from schema/ by generators/src/emitters/coverage.ts — do not edit. LEX 1.0.0
export type WireFormat = 'xml' | 'x12' | 'edifact';
export interface Coverage { xml: boolean; x12: boolean; edifact: boolean; reason?: Partial<Record<WireFormat, string>>; required?: true }
/** JSON Pointer template (`*` = any index or key) → which formats carry the field; `required`: LEX requires it wherever its parent is present. */
export const COVERAGE: Record<string, Coverage> = {
 "/lex": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/version": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "X12 carries its own version in ISA12/GS08; LEX 1.0.0 is implied by the ALX001 implementation convention.",
   "edifact": "EDIFACT carries its own version in UNH S009; LEX 1.0.0 is implied by ALXLDE:D:96A:UN."
  },
  "required": true
 },
 "/lex/header": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/header/messageId": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/header/messageType": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/header/timestamp": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/header/senderId": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/header/receiverId": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/header/correlationId": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/header/ttl": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/ttl/maxAgeSeconds": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/ttl/expiresAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/ttl/onExpiry": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/retryContext": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/retryContext/attemptNumber": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/header/retryContext/maxAttempts": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/retryContext/originalTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/retryContext/lastFailureReason": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/retryContext/lastAttemptTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/header/retryContext/nextAttemptTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/leadId": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/status": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/source": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/leadType": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/parentOrderId": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/firstName": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/lastName": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/email": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/phone": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/address": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/address/street1": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/address/street2": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/address/city": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/address/state": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/address/postalCode": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/address/country": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/customer/dateOfBirth": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "Not sent over VAN pipelines by design (data minimization).",
   "edifact": "Not sent over VAN pipelines by design (data minimization)."
  }
 },
 "/lex/payload/lead/customer/preferences": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/preferences/preferredContactMethod": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/preferences/preferredContactTime": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/preferences/doNotCall": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/preferences/doNotEmail": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/preferences/doNotText": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/creditTier": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/fleetBuyer": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/fleetBuyer/isFleet": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/fleetBuyer/fleetSize": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/customer/fleetBuyer/unitsToOrder": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/fleetBuyer/fleetManagerName": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/customer/fleetBuyer/fleetManagerEmail": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/desiredProduct/assetClass": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/make": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/desiredProduct/model": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/desiredProduct/year": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/trim": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/condition": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/bodyType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/transmission": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/fuelType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/color": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/desiredFeatures": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/excludedFeatures": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/priceRange": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/priceRange/minUSD": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/priceRange/maxUSD": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/priceRange/currency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/installedOptions": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/installedOptions/*/name": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/lead/desiredProduct/installedOptions/*/source": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/installedOptions/*/partNumber": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/installedOptions/*/estimatedValue": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/factoryOrderPreference": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/desiredProduct/evSpecifications": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/isElectric": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/drivetrainType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/batteryCapacityKwh": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/estimatedRangeKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeStandard": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/epa": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/wltp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/cltc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/nedc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/wltc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/jc08": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/minimumRangeKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePort": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/connectorType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/acLevel": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/dcConnectorType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/maxAcChargingKw": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/maxDcChargingKw": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargePortPreferences": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty/years": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty/km": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty/minimumRetainedCapacityPct": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest/hasHomeCharger": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest/interestedInInstallation": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest/parkingType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/region": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/federalCreditUSD": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/stateCreditUSD": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/currency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/programCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/eligibilityNotes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/asOf": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness/nearestDcFastChargerKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness/nearestL2ChargerKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness/customerChargingAnxiety": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/year": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/make": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/model": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/vin": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/mileage": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/condition": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/estimatedValue": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/odometerStatus": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/titleStatus": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/payoffAmount": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/payoffCurrency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/previousOwnerCount": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/accidentHistory": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/accidentHistory/accidentCount": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/accidentHistory/airbagDeployed": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/tradeIn/accidentHistory/structuralDamage": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/vehicleHistoryReport": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/vehicleHistoryReport/provider": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/vehicleHistoryReport/reportId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/tradeIn/vehicleHistoryReport/reportUrl": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/financing": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/financing/interestedInFinancing": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/financing/preferredLoanTerm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/financing/downPaymentRange": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/financing/downPaymentRange/minUSD": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/financing/downPaymentRange/maxUSD": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/financing/creditTierPreference": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/financing/incentives": {
  "xml": true,
  "x12": true,
  "edifact": false,
  "reason": {
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/financing/incentives/*/description": {
  "xml": true,
  "x12": true,
  "edifact": false,
  "reason": {
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/financing/incentives/*/amountUSD": {
  "xml": true,
  "x12": true,
  "edifact": false,
  "reason": {
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/metadata/createdAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/updatedAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/expirationDate": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/metadata/priority": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/ownershipChain": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/customFields": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/metadata/customFields/salesRepId": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/metadata/customFields/campaignCode": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/metadata/customFields/*": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "only the keys with a defined place are carried",
   "edifact": "only the keys with a defined place are carried"
  }
 },
 "/lex/payload/lead/metadata/compliance": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "Consent and privacy-regime records have no place in the X12 850 transaction; send them as JSON-EDI or XML-EDI.",
   "edifact": "Consent and privacy-regime records have no place in EDIFACT ORDERS; send them as JSON-EDI or XML-EDI."
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/collectedAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/consentCollectionMethod": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/consentGivenBy": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/consentFormVersion": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/consentFormUrl": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/purposeCodes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/email": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/sms": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/pushNotification": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/whatsapp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/postalMail": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/thirdPartySharing": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/profilingAllowed": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/granted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/timestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/channels": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/ipAddress": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/userAgent": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/consentVersion": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/expiryDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/consentRecord/consentWithdrawnAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/legalBasis": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/gdpr/purposeCodes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/gdpr/dataController": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/gdpr/processorList": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/retentionPeriodDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/gdpr/subjectRights": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToAccess": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToErasure": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToPortability": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToObject": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/gdpr/consentWithdrawnAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr/legalBasis": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr/purposeCodes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr/dataController": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr/retentionPeriodDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr/icoRegistrationNumber": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/ukGdpr/consentWithdrawnAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/ccpa": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/ccpa/doNotSell": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/ccpa/doNotShare": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/ccpa/optOutTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/ccpa/gpcSignalHonored": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/dpdp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/dpdp/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/dpdp/purposeId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/dpdp/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/dpdp/nomineeDefined": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pipl": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pipl/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipl/processingPurpose": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipl/sensitiveDataIncluded": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipl/crossBorderTransferApproved": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipl/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/lgpd": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/lgpd/legalBasis": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/lgpd/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/lgpd/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/lgpd/dataControllerCnpj": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/lgpd/retentionPeriodDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/lgpd/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/popia": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/popia/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/popia/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/popia/responsiblePartyName": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/popia/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/popia/dataSubjectRightsNotified": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipeda": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pipeda/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipeda/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipeda/impliedConsent": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipeda/quebecLaw25Applicable": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipeda/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaSg": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pdpaSg/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaSg/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaSg/doNotCallRegistryChecked": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaSg/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/appi": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/appi/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/appi/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/appi/thirdPartyProvisionConsent": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/appi/crossBorderTransferConsent": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/appi/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/nfadp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/nfadp/legalBasis": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/nfadp/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/nfadp/dataControllerName": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/nfadp/retentionPeriodDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/nfadp/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipaKr": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pipaKr/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipaKr/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipaKr/sensitiveDataIncluded": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipaKr/thirdPartyProvisionConsent": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pipaKr/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdplSa": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pdplSa/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdplSa/processingPurpose": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdplSa/sensitiveDataIncluded": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdplSa/crossBorderTransferApproved": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdplSa/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh/legalBasis": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh/consentGranted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh/purposeDescription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh/dataControllerName": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh/retentionPeriodDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/pdpaTh/consentTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/metadata/compliance/usStatePrivacy": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/usStatePrivacy/statesOptedOut": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/usStatePrivacy/universalOptOut": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/metadata/compliance/usStatePrivacy/gpcHonored": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/customerFingerprint": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/fingerprintVersion": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/deduplicationWindowHours": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/senderLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/duplicateOfLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/crossPlatformIds": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/crossPlatformIds/*/platform": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/deduplication/crossPlatformIds/*/leadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/deduplication/crossPlatformIds/*/leadTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/deduplication/deduplicationStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/intentScore": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/buyingWindowDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/confidenceLevel": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/churnRisk": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/leadQualityTier": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/scoreGrade": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/scoreTrend": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/scoringReasons": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/scoringReasons/*/factor": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/scoringReasons/*/direction": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/scoringReasons/*/weight": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/scoringReasons/*/description": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/behavioralSignals": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/predictedProducts": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/predictedProducts/*/productType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/predictedProducts/*/manufacturer": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/predictedProducts/*/model": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/predictedProducts/*/trim": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/predictedProducts/*/confidenceScore": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/priceRangeFit": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/financingLikelihood": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/tradeInLikelihood": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/evInterestScore": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/channelAffinity": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/channelAffinity/*/channel": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/channelAffinity/*/affinityScore": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/recommendedResponseSla": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/optimalContactTimes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/optimalContactTimes/*/dayOfWeek": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/optimalContactTimes/*/hourUtc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/optimalContactTimes/*/preferredChannel": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/enrichmentSources": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/enrichmentSources/*/type": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/lead/leadIntelligence/enrichmentSources/*/provider": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/enrichmentSources/*/refreshedAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/enrichmentSources/*/signalCount": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata/source": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata/modelId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata/modelVersion": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata/scoredAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata/dataFreshnessDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/leadIntelligence/modelMetadata/trainingDataCutoff": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/organizationId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/organizationName": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/organizationType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/timezone": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/region": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/manufacturerData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/manufacturerData/mfgrLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/manufacturerData/regionCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/manufacturerData/divisionCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/manufacturerData/incentiveProgram": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/manufacturerData/allocationPoolId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/provider": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/systemLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/accountId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/systemCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/syncStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/syncTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/managementSystemData/workflow": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData/retailerLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData/branchCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData/departmentCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData/salesRepId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData/managerId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/retailerData/sourceSystemCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/platformData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/platformData/platform": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/platformData/platformLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/platformData/campaignId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/organizationContext/platformData/sourceUrl": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/aviationLead": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/aviationLead/operatorCertificate": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/aviationLead/intendedUse": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/aviationLead/currentRegistryCountry": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/aviationLead/targetRegistryCountry": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/maritimeLead": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/maritimeLead/charterType": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/maritimeLead/intendedTradingArea": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/maritimeLead/intendedCargoType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/heavyEquipmentLead": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/heavyEquipmentLead/attachmentCouplerStandard": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/heavyEquipmentLead/jobSiteAltitude": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/heavyEquipmentLead/exportLicenseRequired": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/heavyEquipmentLead/exportDestinationCountry": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/realEstateLead/buyerRepresentationAgreementStatus": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/realEstateLead/exchangeType": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/realEstateLead/preApprovalAmount": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/realEstateLead/preApprovalCurrency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/preApprovalExpiryDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/preApprovalLender": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/preApprovalLoanType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/contingencies": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/contingencies/*/type": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/contingencies/*/status": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/contingencies/*/deadline": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/contingencies/*/notes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/sellerConcessionsRequested": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/sellerConcessionAmount": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/sellerConcessionCurrency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/homeWarrantyRequested": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/homeWarrantyCoveredBy": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/propertyDisclosureStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/occupancyStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/saleType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/firstTimeBuyer": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/investmentPurpose": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/targetClosingDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/moveInDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/leaseback": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/buyerAgentLicenseNumber": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/buyerAgentStateLicense": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/listingAgentLicenseNumber": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/listingAgentStateLicense": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/realEstateLead/mlsListingId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/technologyLead": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/technologyLead/securityCertificationRequirements": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/technologyLead/evergreenRefreshTrigger": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/lead/technologyLead/evergreenRefreshThresholdMonths": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/technologyLead/sustainabilityRequirements": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/lead/technologyLead/conflictMineralsComplianceRequired": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "The LEX X12 850 mapping carries LEAD messages only.",
   "edifact": "The LEX ORDERS mapping carries LEAD messages only."
  }
 },
 "/lex/payload/asset/assetId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/vin": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/specification/assetClass": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/make": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/specification/model": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/specification/year": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/trim": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/bodyType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/transmission": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/fuelType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/engine": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/horsepower": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/mpgCity": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/mpgHighway": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/seating": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/cargo": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/specification/features": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/availability": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/availability/status": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/availability/location": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/availability/quantityAvailable": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/availability/lastUpdated": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/pricing": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/pricing/msrp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/pricing/retailerCost": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/pricing/specialOffers": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/pricing/specialOffers/*/description": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/pricing/specialOffers/*/discount": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/pricing/specialOffers/*/expirationDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/pricing/currency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/images": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/images/exterior": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/images/interior": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/metadata": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/metadata/createdAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/metadata/updatedAt": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/metadata/sourceSystem": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/metadata/expirationDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/isElectric": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/drivetrainType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/batteryCapacityKwh": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/estimatedRangeKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeStandard": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm/epa": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm/wltp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm/cltc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm/nedc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm/wltc": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/rangeByStandardKm/jc08": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/minimumRangeKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePort": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePort/connectorType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePort/acLevel": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePort/dcConnectorType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePort/maxAcChargingKw": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePort/maxDcChargingKw": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargePortPreferences": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/batteryWarranty": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/batteryWarranty/years": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/batteryWarranty/km": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/batteryWarranty/minimumRetainedCapacityPct": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/homeChargingInterest": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/homeChargingInterest/hasHomeCharger": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/homeChargingInterest/interestedInInstallation": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/homeChargingInterest/parkingType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/region": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/federalCreditUSD": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/stateCreditUSD": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/currency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/programCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/eligibilityNotes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/taxCreditEligibility/asOf": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness/nearestDcFastChargerKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness/nearestL2ChargerKm": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness/customerChargingAnxiety": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/acknowledgment": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/originalMessageId": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/status": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/processedAt": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/errors": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/errors/*/code": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/errors/*/message": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/errors/*/path": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/errors/*/severity": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/errors/*/suggestedAction": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/warnings": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/warnings/*/code": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/warnings/*/message": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/warnings/*/path": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/warnings/*/severity": {
  "xml": true,
  "x12": true,
  "edifact": true,
  "required": true
 },
 "/lex/payload/acknowledgment/warnings/*/suggestedAction": {
  "xml": true,
  "x12": true,
  "edifact": true
 },
 "/lex/payload/acknowledgment/nextSteps": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "the 824 application advice reports the outcome and the problems; the receiver's follow-up plan travels in JSON-EDI and XML-EDI only",
   "edifact": "the APERAK reports the outcome and the problems; the receiver's follow-up plan travels in JSON-EDI and XML-EDI only"
  }
 },
 "/lex/payload/acknowledgment/nextSteps/leadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/acknowledgment/nextSteps/assignedTo": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/acknowledgment/nextSteps/expectedFollowUp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/acknowledgment/nextSteps/message": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "The LEX X12 850 mapping carries LEAD messages only.",
   "edifact": "The LEX ORDERS mapping carries LEAD messages only."
  }
 },
 "/lex/payload/subscription/subscriptionId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/subscription/action": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/subscription/subscriptionType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/subscription/filters": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/make": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/model": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/year": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/year/min": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/year/max": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/bodyType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/fuelType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/priceRange": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/priceRange/min": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/priceRange/max": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/priceRange/currency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/location": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/filters/leadStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/deliveryEndpoint": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/deliveryFormat": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/subscription/active": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "The LEX X12 850 mapping carries LEAD messages only.",
   "edifact": "The LEX ORDERS mapping carries LEAD messages only."
  }
 },
 "/lex/payload/leadClosure/originalLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/leadClosure/originalLeadSource": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/originalSourceURL": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/leadCreatedDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/leadClosureDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/leadClosure/leadLifecycleDays": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  },
  "required": true
 },
 "/lex/payload/leadClosure/closureReason": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureDetail": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureDetail/purchaseConfirmed": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureDetail/orderPlacedDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureDetail/actualDeliveryDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureDetail/dealAmount": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/closureDetail/currency": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/productType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/manufacturer": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/model": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/year": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/trim": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/vin": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/purchasedProduct/color": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome/customerId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome/purchaseConfirmed": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome/financingUsed": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome/financingType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome/tradeInAccepted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/customerOutcome/estimatedDeliveryDate": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/duplicateOfLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/retailerNotes": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/metrics": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/metrics/interactionCount": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/metrics/showroomVisits": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/metrics/testDrivesCompleted": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/metrics/retailerQualityScore": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/metrics/customerSatisfactionRating": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/organizationId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/organizationName": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/organizationType": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/timezone": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/region": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/manufacturerData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/manufacturerData/mfgrLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/manufacturerData/regionCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/manufacturerData/divisionCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/manufacturerData/incentiveProgram": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/manufacturerData/allocationPoolId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/provider": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/systemLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/accountId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/systemCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/syncStatus": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/syncTimestamp": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/managementSystemData/workflow": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData/retailerLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData/branchCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData/departmentCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData/salesRepId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData/managerId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/retailerData/sourceSystemCode": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/platformData": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/platformData/platform": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/platformData/platformLeadId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/platformData/campaignId": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 },
 "/lex/payload/leadClosure/organizationContext/platformData/sourceUrl": {
  "xml": true,
  "x12": false,
  "edifact": false,
  "reason": {
   "x12": "no X12 place is defined for it",
   "edifact": "no EDIFACT place is defined for it"
  }
 }
};
