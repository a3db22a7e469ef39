/* Generated from schema/ by generators/src/emitters/types.ts — do not edit. LEX 1.0.0 */

/**
 * The envelope: spec version, routing header and payload.
 */
export type LexEnvelope = {
  /**
   * The LEX specification version the message follows. Currently 1.0.0; the release step bumps it, never a hand edit.
   */
  version: '1.0.0';
  header: LexHeader;
  payload: LexPayload;
};
/**
 * An RFC 4122 version-4 UUID in its 36-character hyphenated form (lower- or upper-case hex).
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "UuidV4".
 */
export type UuidV4 = string;
/**
 * An ISO 8601 / RFC 3339 date-time in UTC, to the second at least, ending in Z.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "UtcTimestamp".
 */
export type UtcTimestamp = string;
/**
 * An organization or system identifier: letters, digits and hyphens, 1 to 50 characters, case-sensitive.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PartyIdentifier".
 */
export type PartyIdentifier = string;
/**
 * The 15 lifecycle statuses of a lead. Transitions between them are checked by the validator (INVALID_STATUS_TRANSITION) against the lifecycle table of @lexstandard/validator.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LeadStatus".
 */
export type LeadStatus =
  | 'CART'
  | 'SHOPPING'
  | 'EXPLORING'
  | 'TRADE_IN'
  | 'EXPRESSED_INTEREST'
  | 'RESERVATION'
  | 'APPOINTMENT_REQUEST'
  | 'TEST_DRIVE_REQUESTED'
  | 'TEST_DRIVE_COMPLETED'
  | 'IN_NEGOTIATION'
  | 'ORDER'
  | 'ORDER_CONFIRMED'
  | 'IN_DELIVERY'
  | 'DELIVERED'
  | 'ARCHIVED';
/**
 * The channel through which the lead originated.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LeadSource".
 */
export type LeadSource =
  | 'RETAILER_WEBSITE'
  | 'RETAILER_CRM'
  | 'MANUFACTURER_WEBSITE'
  | 'THIRD_PARTY_PORTAL'
  | 'DIRECT_CALL'
  | 'SHOWROOM'
  | 'SOCIAL_MEDIA'
  | 'EMAIL_CAMPAIGN'
  | 'REFERRAL'
  | 'OTHER';
/**
 * The customer behind the lead. At least one way to reach them is required: email unless phone is present, phone unless email is present.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "Customer".
 */
export type Customer = Customer1 & Customer2;
export type Customer1 =
  | {
      email: unknown;
    }
  | {
      phone: unknown;
    };
/**
 * An e-mail address in RFC 5322 addr-spec form (local-part@domain), at most 254 characters.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "EmailAddress".
 */
export type EmailAddress = string;
/**
 * A telephone number, at most 20 characters. E.164 (+ then 7 to 15 digits, e.g. +13125551234) is preferred; national forms with spaces, dots, dashes, parentheses and an extension (x123) are accepted with a PHONE_NOT_E164 warning.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PhoneNumber".
 */
export type PhoneNumber = string;
/**
 * An ISO 3166-1 alpha-2 country code, upper case.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "CountryCode".
 */
export type CountryCode = string;
/**
 * An ISO 8601 calendar date, YYYY-MM-DD.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "IsoDate".
 */
export type IsoDate = string;
/**
 * A non-negative monetary amount with at most two decimal places, in the currency given beside it (USD when none is given).
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "MoneyAmount".
 */
export type MoneyAmount = number;
/**
 * An ISO 4217 alphabetic currency code, upper case.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "CurrencyCode".
 */
export type CurrencyCode = string;
/**
 * A semantic version MAJOR.MINOR.PATCH, optionally with a pre-release suffix.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "SemanticVersion".
 */
export type SemanticVersion = string;

/**
 * A LEX message: one object whose only member is `lex`, holding the spec version, the header and the payload. The header's messageType selects which payload member must be present.
 */
export interface LexMessage {
  lex: LexEnvelope;
}
/**
 * Routing and identity of a message: its id and type, when it was created, who sent it and for whom it is meant.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LexHeader".
 */
export interface LexHeader {
  messageId: UuidV4;
  /**
   * Which of the five LEX message types this is; it selects the payload member.
   */
  messageType: 'LEAD' | 'ASSET' | 'ACKNOWLEDGMENT' | 'SUBSCRIPTION' | 'LEAD_CLOSURE';
  timestamp: UtcTimestamp;
  senderId: PartyIdentifier;
  receiverId: PartyIdentifier;
  correlationId?: UuidV4;
  ttl?: MessageTtl;
  retryContext?: RetryContext;
}
/**
 * Delivery lifetime of a message. A message that cannot be delivered before it expires is not processed; the transport handles it as onExpiry says (dead-letter queue by default).
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "MessageTtl".
 */
export interface MessageTtl {
  /**
   * Longest time, in seconds after header.timestamp, during which the message may still be delivered. When absent the transport default applies: 3600 for LEAD and LEAD_CLOSURE, 300 for ACKNOWLEDGMENT, 86400 for SUBSCRIPTION and ASSET.
   */
  maxAgeSeconds?: number;
  expiresAt?: UtcTimestamp;
  /**
   * What the transport does with the message once it has expired. Absent means DLQ.
   */
  onExpiry?: 'DLQ' | 'DISCARD' | 'RETURN';
}
/**
 * Added to the header when a message is sent again after a failed delivery. The messageId stays the same on every attempt, so the receiver can recognise the retransmission and process it only once.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "RetryContext".
 */
export interface RetryContext {
  /**
   * Which delivery attempt this is; the first transmission is 1, so a message carrying retryContext normally has 2 or more.
   */
  attemptNumber: number;
  /**
   * How many attempts the sender makes in total before giving up and moving the message to its dead-letter queue (6 under the standard policy).
   */
  maxAttempts?: number;
  originalTimestamp?: UtcTimestamp;
  /**
   * Why the previous attempt failed, i.e. the reason for this retry.
   */
  lastFailureReason?:
    | 'HTTP_408_TIMEOUT'
    | 'HTTP_429_RATE_LIMITED'
    | 'HTTP_500_INTERNAL_ERROR'
    | 'HTTP_502_BAD_GATEWAY'
    | 'HTTP_503_SERVICE_UNAVAILABLE'
    | 'HTTP_400_BAD_REQUEST'
    | 'HTTP_401_UNAUTHORIZED'
    | 'HTTP_404_NOT_FOUND'
    | 'NETWORK_UNREACHABLE'
    | 'TLS_HANDSHAKE_FAILURE'
    | 'PARSE_ERROR'
    | 'SCHEMA_VALIDATION_FAILED';
  lastAttemptTimestamp?: UtcTimestamp;
  nextAttemptTimestamp?: UtcTimestamp;
}
/**
 * The payload container. It holds exactly one member; which one is fixed by header.messageType (LEAD → lead, ASSET → asset, ACKNOWLEDGMENT → acknowledgment, SUBSCRIPTION → subscription, LEAD_CLOSURE → leadClosure).
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LexPayload".
 */
export interface LexPayload {
  lead?: LeadPayload;
  asset?: AssetPayload;
  acknowledgment?: AcknowledgmentPayload;
  subscription?: SubscriptionPayload;
  leadClosure?: LeadClosurePayload;
}
/**
 * A sales lead: who the customer is, what they want, where the lead came from and where it stands in its lifecycle. Industry blocks add context for aviation, maritime, heavy equipment, real estate and technology leads.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LeadPayload".
 */
export interface LeadPayload {
  /**
   * The sender's id for this lead, unique per sender; letters, digits, hyphens and underscores. Recommended form LEAD-YYYY-XXXXXX.
   */
  leadId: string;
  status: LeadStatus;
  source: LeadSource;
  /**
   * What kind of lead this is. Post-order types (ACCESSORY, PROTECTION_PLAN, SUBSCRIPTION, RETAILER_INSTALLED_OPTION, SERVICE_UPGRADE) belong to an earlier order and need parentOrderId. Absent means PRIMARY.
   */
  leadType?:
    | 'PRIMARY'
    | 'CART'
    | 'TEST_DRIVE'
    | 'TRADE_IN_EVALUATION'
    | 'POST_ORDER'
    | 'CROSS_SELL'
    | 'ACCESSORY'
    | 'PROTECTION_PLAN'
    | 'SUBSCRIPTION'
    | 'RETAILER_INSTALLED_OPTION'
    | 'SERVICE_UPGRADE';
  /**
   * The lead or order id of the primary order a post-order lead belongs to. Required when leadType is a post-order type.
   */
  parentOrderId?: string;
  customer: Customer;
  desiredProduct: DesiredProduct;
  tradeIn?: TradeIn;
  financing?: Financing;
  metadata?: LeadMetadata;
  deduplication?: Deduplication;
  leadIntelligence?: LeadIntelligence;
  organizationContext?: OrganizationContext;
  aviationLead?: AviationLead;
  maritimeLead?: MaritimeLead;
  heavyEquipmentLead?: HeavyEquipmentLead;
  realEstateLead?: RealEstateLead;
  technologyLead?: TechnologyLead;
}
export interface Customer2 {
  /**
   * Given name of the primary contact; letters, spaces, hyphens, apostrophes and periods.
   */
  firstName: string;
  /**
   * Family name of the primary contact; letters, spaces, hyphens, apostrophes and periods.
   */
  lastName: string;
  email?: EmailAddress;
  phone?: PhoneNumber;
  address: PostalAddress;
  dateOfBirth?: IsoDate;
  preferences?: ContactPreferences;
  /**
   * Pre-qualification credit tier of the customer.
   */
  creditTier?: 'SUPER_PRIME' | 'PRIME' | 'NEAR_PRIME' | 'SUBPRIME' | 'DEEP_SUBPRIME' | 'UNKNOWN';
  fleetBuyer?: FleetBuyer;
}
/**
 * A postal address. Street, city, postal code and an ISO 3166-1 alpha-2 country are required.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PostalAddress".
 */
export interface PostalAddress {
  /**
   * First address line: street and number.
   */
  street1: string;
  /**
   * Second address line: apartment, suite, building.
   */
  street2?: string;
  /**
   * City or locality.
   */
  city: string;
  /**
   * State, province or region code (US and CA: the 2-letter postal abbreviation).
   */
  state?: string;
  /**
   * ZIP or postal code.
   */
  postalCode: string;
  country: CountryCode;
}
/**
 * The customer's contact preferences. The do-not flags are binding on the receiver.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "ContactPreferences".
 */
export interface ContactPreferences {
  /**
   * The channel the customer prefers.
   */
  preferredContactMethod?: 'EMAIL' | 'PHONE' | 'TEXT' | 'MAIL';
  /**
   * When the customer prefers to be contacted, in their local time.
   */
  preferredContactTime?: 'MORNINGS' | 'AFTERNOONS' | 'EVENINGS' | 'WEEKENDS' | 'ANYTIME';
  /**
   * Do not call the customer (honour do-not-call registries).
   */
  doNotCall?: boolean;
  /**
   * Do not send the customer marketing e-mail.
   */
  doNotEmail?: boolean;
  /**
   * Do not send the customer text messages.
   */
  doNotText?: boolean;
}
/**
 * Context for a customer buying on behalf of a fleet.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "FleetBuyer".
 */
export interface FleetBuyer {
  /**
   * True when the purchase is for a fleet.
   */
  isFleet?: boolean;
  /**
   * Number of units in the buyer's fleet today.
   */
  fleetSize?: number;
  /**
   * Number of units the buyer intends to order.
   */
  unitsToOrder?: number;
  /**
   * Name of the fleet manager.
   */
  fleetManagerName?: string;
  fleetManagerEmail?: EmailAddress;
}
/**
 * The asset of interest: a vehicle, aircraft, vessel, machine, property or device. make and model identify it; the other members narrow it down.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "DesiredProduct".
 */
export interface DesiredProduct {
  /**
   * The kind of asset; selects the XML element (DesiredVehicle for ground vehicles, DesiredAsset otherwise).
   */
  assetClass?:
    'AUTOMOTIVE' | 'AVIATION' | 'MARITIME' | 'HEAVY_EQUIPMENT' | 'REAL_ESTATE' | 'TECHNOLOGY' | 'GENERAL_GOODS';
  /**
   * Manufacturer or brand (official name).
   */
  make: string;
  /**
   * Model name (official name).
   */
  model: string;
  /**
   * Model year; may be a future year for pre-orders.
   */
  year?: number;
  /**
   * Trim level or variant.
   */
  trim?: string;
  /**
   * Whether the customer wants a new or a used asset.
   */
  condition?: 'NEW' | 'USED' | 'CERTIFIED_PRE_OWNED' | 'ANY';
  /**
   * Body style, for vehicles.
   */
  bodyType?:
    | 'SEDAN'
    | 'COUPE'
    | 'HATCHBACK'
    | 'WAGON'
    | 'SUV'
    | 'CROSSOVER'
    | 'TRUCK'
    | 'VAN'
    | 'MINIVAN'
    | 'CONVERTIBLE'
    | 'OTHER';
  /**
   * Transmission type, for vehicles.
   */
  transmission?: 'AUTOMATIC' | 'MANUAL' | 'CVT' | 'DUAL_CLUTCH' | 'OTHER';
  /**
   * Energy source, for vehicles and machines.
   */
  fuelType?: 'GASOLINE' | 'DIESEL' | 'HYBRID' | 'PLUG_IN_HYBRID' | 'ELECTRIC' | 'NATURAL_GAS' | 'HYDROGEN' | 'OTHER';
  /**
   * Preferred exterior colour.
   */
  color?: string;
  /**
   * Features the customer wants, one free-text item each.
   *
   * @maxItems 100
   */
  desiredFeatures?: string[];
  /**
   * Features the customer explicitly does not want.
   *
   * @maxItems 100
   */
  excludedFeatures?: string[];
  priceRange?: PriceRange;
  /**
   * Factory or dealer-installed options requested.
   *
   * @maxItems 100
   */
  installedOptions?: InstalledOption[];
  /**
   * Whether the buyer wants a unit from stock or one ordered from the factory.
   */
  factoryOrderPreference?:
    | 'IN_STOCK_ONLY'
    | 'FACTORY_ORDER_PREFERRED'
    | 'FACTORY_ORDER_ONLY'
    | 'OEM_FACTORY'
    | 'DEALER_STOCK_PREFERRED'
    | 'EITHER';
  evSpecifications?: EvSpecifications;
}
/**
 * A budget range. The minimum must not exceed the maximum (RANGE_MIN_EXCEEDS_MAX).
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PriceRange".
 */
export interface PriceRange {
  minUSD?: MoneyAmount;
  maxUSD?: MoneyAmount;
  currency?: CurrencyCode;
}
/**
 * One option the customer wants installed.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "InstalledOption".
 */
export interface InstalledOption {
  /**
   * Name of the option.
   */
  name: string;
  /**
   * Who supplies and fits the option.
   */
  source?: 'FACTORY' | 'DEALER_INSTALLED' | 'AFTERMARKET' | 'OEM_ACCESSORY';
  /**
   * Manufacturer or supplier part number.
   */
  partNumber?: string;
  estimatedValue?: MoneyAmount;
}
/**
 * Electrification details of an asset: drivetrain, battery, range, charging hardware, warranty and incentives. Used on an ASSET (what the unit has) and on a lead's desiredProduct (what the customer wants); members that only make sense on one side say so.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "EvSpecifications".
 */
export interface EvSpecifications {
  /**
   * True when the asset has an electric traction drive (any drivetrainType); false for a combustion-only asset.
   */
  isElectric?: boolean;
  /**
   * Kind of electrified drivetrain.
   */
  drivetrainType?: 'BEV' | 'PHEV' | 'HEV' | 'FCEV' | 'MHEV' | 'EREV';
  /**
   * Battery capacity in kWh; must be greater than zero.
   */
  batteryCapacityKwh?: number;
  /**
   * Range on a full charge, in kilometres, measured under rangeStandard. Give rangeStandard with it: a range without its test procedure is reported as the warning EV_RANGE_STANDARD_MISSING.
   */
  estimatedRangeKm?: number;
  /**
   * Test procedure under which estimatedRangeKm (on an asset) or minimumRangeKm (on a lead) is stated.
   */
  rangeStandard?: 'EPA' | 'WLTP' | 'CLTC' | 'NEDC' | 'WLTC' | 'JC08';
  /**
   * Range in kilometres under several test procedures at once, for assets sold in more than one market. estimatedRangeKm with rangeStandard remains the headline figure.
   */
  rangeByStandardKm?: {
    /**
     * Range under the EPA rating, km.
     */
    epa?: number;
    /**
     * Range under WLTP, km.
     */
    wltp?: number;
    /**
     * Range under CLTC, km.
     */
    cltc?: number;
    /**
     * Range under NEDC, km.
     */
    nedc?: number;
    /**
     * Range under the Japanese WLTC, km.
     */
    wltc?: number;
    /**
     * Range under JC08, km.
     */
    jc08?: number;
  };
  /**
   * On a lead: the least range, in kilometres under rangeStandard, the customer will accept.
   */
  minimumRangeKm?: number;
  /**
   * Charging hardware of the asset. For BEV and PHEV assets a missing maxDcChargingKw is reported as the warning EV_DC_SPEC_MISSING.
   */
  chargePort?: {
    /**
     * Connector of the vehicle's charging inlet.
     */
    connectorType?:
      'NACS' | 'CCS_COMBO1' | 'CCS_COMBO2' | 'CHADEMO' | 'GB_T' | 'TYPE_1' | 'TYPE_2' | 'WIRELESS_SAE_J2954';
    /**
     * Highest charging level the asset supports.
     */
    acLevel?: 'LEVEL_1' | 'LEVEL_2' | 'LEVEL_3_DC';
    /**
     * Connector used for DC fast charging, when it differs from connectorType (e.g. through an adapter).
     */
    dcConnectorType?:
      'NACS' | 'CCS_COMBO1' | 'CCS_COMBO2' | 'CHADEMO' | 'GB_T' | 'TYPE_1' | 'TYPE_2' | 'WIRELESS_SAE_J2954';
    /**
     * Highest AC charging power the on-board charger accepts, in kW.
     */
    maxAcChargingKw?: number;
    /**
     * Highest DC fast-charging power the asset accepts, in kW.
     */
    maxDcChargingKw?: number;
  };
  /**
   * On a lead: connectors the customer can use, most preferred first.
   *
   * @maxItems 8
   */
  chargePortPreferences?: (
    'NACS' | 'CCS_COMBO1' | 'CCS_COMBO2' | 'CHADEMO' | 'GB_T' | 'TYPE_1' | 'TYPE_2' | 'WIRELESS_SAE_J2954'
  )[];
  /**
   * Manufacturer warranty on the traction battery.
   */
  batteryWarranty?: {
    /**
     * Warranty period in years.
     */
    years?: number;
    /**
     * Warranty distance limit in kilometres.
     */
    km?: number;
    /**
     * Share of the original capacity, in percent, the battery is guaranteed to keep during the warranty.
     */
    minimumRetainedCapacityPct?: number;
  };
  /**
   * On a lead: the customer's home-charging situation. When interestedInInstallation is true, parkingType should be given (warning otherwise).
   */
  homeChargingInterest?: {
    /**
     * The customer already has charging equipment at home.
     */
    hasHomeCharger?: boolean;
    /**
     * The customer wants a home charger installed.
     */
    interestedInInstallation?: boolean;
    /**
     * Where the customer parks overnight.
     */
    parkingType?: 'GARAGE' | 'CARPORT' | 'DRIVEWAY' | 'ON_STREET' | 'SHARED_PARKING' | 'OTHER';
  };
  /**
   * Purchase incentives the asset may qualify for. Informational only, never a commitment; asOf is required, and data more than 365 days old is reported as a warning.
   */
  taxCreditEligibility?: {
    region?: CountryCode;
    federalCreditUSD?: MoneyAmount;
    stateCreditUSD?: MoneyAmount;
    currency?: CurrencyCode;
    /**
     * Identifier of the incentive programme.
     */
    programCode?: string;
    /**
     * The main conditions of eligibility (price caps, income limits, assembly rules).
     */
    eligibilityNotes?: string;
    asOf: IsoDate;
  };
  /**
   * On a lead: public charging near the customer and how concerned they are about charging.
   */
  chargingInfrastructureAwareness?: {
    /**
     * Distance to the nearest public DC fast charger, km.
     */
    nearestDcFastChargerKm?: number;
    /**
     * Distance to the nearest public Level 2 charger, km.
     */
    nearestL2ChargerKm?: number;
    /**
     * How worried the customer is about finding a charger.
     */
    customerChargingAnxiety?: 'LOW' | 'MEDIUM' | 'HIGH';
  };
}
/**
 * The asset the customer offers in part exchange, with what is known of its history and value.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "TradeIn".
 */
export interface TradeIn {
  /**
   * Model year of the trade-in.
   */
  year?: number;
  /**
   * Manufacturer of the trade-in.
   */
  make?: string;
  /**
   * Model of the trade-in.
   */
  model?: string;
  /**
   * Vehicle identification number: 17 characters, digits and capital letters except I, O and Q. A failed North American check digit (position 9) is reported as a VIN_CHECK_DIGIT_MISMATCH warning.
   */
  vin?: string;
  /**
   * Odometer reading (miles in the US, kilometres elsewhere).
   */
  mileage?: number;
  /**
   * Overall condition as judged by the customer or appraiser.
   */
  condition?: 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';
  estimatedValue?: MoneyAmount;
  /**
   * Whether the odometer reading can be trusted.
   */
  odometerStatus?: 'ACTUAL' | 'NOT_ACTUAL' | 'EXCEEDS_MECHANICAL_LIMITS' | 'EXEMPT' | 'UNKNOWN';
  /**
   * Status of the trade-in's title.
   */
  titleStatus?: 'CLEAN' | 'SALVAGE' | 'REBUILT' | 'FLOOD' | 'LEMON' | 'LIEN' | 'MISSING' | 'UNKNOWN';
  payoffAmount?: MoneyAmount;
  payoffCurrency?: CurrencyCode;
  /**
   * Number of previous owners.
   */
  previousOwnerCount?: number;
  accidentHistory?: AccidentHistory;
  /**
   * A vehicle history report on the trade-in.
   */
  vehicleHistoryReport?: {
    /**
     * Who issued the report.
     */
    provider?: string;
    /**
     * The provider's report id.
     */
    reportId?: string;
    /**
     * Where the report can be read.
     */
    reportUrl?: string;
  };
}
/**
 * What is known of a vehicle's accidents.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "AccidentHistory".
 */
export interface AccidentHistory {
  /**
   * Number of reported accidents.
   */
  accidentCount?: number;
  /**
   * Whether an airbag ever deployed.
   */
  airbagDeployed?: boolean;
  /**
   * Whether structural (frame) damage was reported.
   */
  structuralDamage?: boolean;
}
/**
 * The customer's financing wishes.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "Financing".
 */
export interface Financing {
  /**
   * Whether the customer wants financing offers.
   */
  interestedInFinancing?: boolean;
  /**
   * Desired loan term in months, 1 to 84 (typical: 24, 36, 48, 60, 72, 84).
   */
  preferredLoanTerm?: number;
  /**
   * The down payment the customer can make.
   */
  downPaymentRange?: {
    minUSD?: MoneyAmount;
    maxUSD?: MoneyAmount;
  };
  /**
   * The customer's self-reported credit standing.
   */
  creditTierPreference?: 'EXCELLENT' | 'GOOD' | 'FAIR' | 'POOR';
  /**
   * Financing incentives or rebates the customer expects.
   *
   * @maxItems 20
   */
  incentives?: {
    /**
     * What the incentive is.
     */
    description: string;
    amountUSD?: MoneyAmount;
  }[];
}
/**
 * Bookkeeping for a lead: when it was created and changed, when it expires, its priority, implementation-specific custom fields and the privacy compliance records.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LeadMetadata".
 */
export interface LeadMetadata {
  createdAt?: UtcTimestamp;
  updatedAt?: UtcTimestamp;
  expirationDate?: UtcTimestamp;
  /**
   * How urgently the receiver should act. Absent means NORMAL.
   */
  priority?: 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
  /**
   * The systems the lead passed through, oldest first.
   *
   * @maxItems 50
   */
  ownershipChain?: PartyIdentifier[];
  /**
   * Free key-value strings for implementation-specific data, at most 50 entries (e.g. salesRepId, campaignCode). Values are strings only.
   */
  customFields?: {
    [k: string]: string | undefined;
  };
  compliance?: Compliance;
}
/**
 * Privacy compliance of a lead (lead.metadata.compliance): the regime-independent consent record plus one block per privacy regime that applies to the customer. Which regime blocks are needed depends on the customer's country (and state); the validator checks that, not this schema.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "Compliance".
 */
export interface Compliance {
  consentRecord?: ConsentRecord;
  gdpr?: GdprConsent;
  ukGdpr?: UkGdprConsent;
  ccpa?: CcpaConsent;
  dpdp?: DpdpConsent;
  pipl?: PiplConsent;
  lgpd?: LgpdConsent;
  popia?: PopiaConsent;
  pipeda?: PipedaConsent;
  pdpaSg?: PdpaSgConsent;
  appi?: AppiConsent;
  nfadp?: NfadpConsent;
  pipaKr?: PipaKrConsent;
  pdplSa?: PdplSaConsent;
  pdpaTh?: PdpaThConsent;
  usStatePrivacy?: UsStatePrivacyConsent;
}
/**
 * Evidence of the customer's consent that is independent of any one privacy regime: when and how it was collected, which consent text they saw, their marketing choices per channel and, for US telephone contact, the TCPA consent. The validator requires it for every LEAD that carries personal data.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "ConsentRecord".
 */
export interface ConsentRecord {
  collectedAt: UtcTimestamp;
  /**
   * How the consent was captured.
   */
  consentCollectionMethod:
    'WEB_FORM' | 'MOBILE_APP' | 'PAPER_FORM' | 'VERBAL_RECORDED' | 'PRE_EXISTING_RELATIONSHIP' | 'IMPORTED';
  /**
   * Who gave the consent. Absent means the customer (the data subject) personally.
   */
  consentGivenBy?: 'DATA_SUBJECT' | 'PARENT_OR_GUARDIAN' | 'AUTHORIZED_AGENT';
  /**
   * Version label of the consent text or form shown to the customer.
   */
  consentFormVersion?: string;
  /**
   * Address where that version of the consent text can be read.
   */
  consentFormUrl?: string;
  /**
   * Purposes the customer consented to, as upper-case codes; downstream systems must not use the data for anything else. Recommended codes: LEAD_FOLLOW_UP, PRODUCT_RECOMMENDATIONS, PRICE_QUOTE, TEST_DRIVE_SCHEDULING, FINANCING_PRE_APPROVAL, POST_SALE_SERVICE, MARKET_RESEARCH, THIRD_PARTY_CREDIT.
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: One processing purpose as an upper-case code.
   */
  purposeCodes?: string[];
  /**
   * The customer's marketing choices per channel; false (or absent) means no consent for that channel. On withdrawal the revoked channels are sent as false.
   */
  marketingConsent?: {
    /**
     * Marketing e-mails are allowed.
     */
    email?: boolean;
    /**
     * Marketing text messages are allowed.
     */
    sms?: boolean;
    /**
     * Marketing push notifications are allowed.
     */
    pushNotification?: boolean;
    /**
     * Marketing messages over WhatsApp are allowed.
     */
    whatsapp?: boolean;
    /**
     * Marketing by post is allowed.
     */
    postalMail?: boolean;
    /**
     * The data may be shared with third parties for their own marketing.
     */
    thirdPartySharing?: boolean;
    /**
     * The data may be used for automated profiling and lead scoring.
     */
    profilingAllowed?: boolean;
  };
  /**
   * Prior express consent to telephone and text contact under the US Telephone Consumer Protection Act. Required by the validator for customers in the US. Keep ipAddress, timestamp and consentVersion: without them the consent cannot be proven if it is disputed.
   */
  tcpa?: {
    /**
     * True when the customer gave TCPA consent; false when refused or revoked.
     */
    granted: boolean;
    timestamp: UtcTimestamp;
    /**
     * The telephone contact methods the consent covers.
     *
     * @minItems 1
     * @maxItems 4
     *
     * Items: One telephone contact method.
     */
    channels: ('SMS' | 'CALL' | 'AUTODIALER' | 'PRERECORDED')[];
    /**
     * IPv4 or IPv6 address of the session in which the customer consented.
     */
    ipAddress: {
      [k: string]: unknown | undefined;
    } & string;
    /**
     * User-agent string of the browser or app used to consent.
     */
    userAgent?: string;
    /**
     * Version label of the TCPA disclosure text the customer agreed to.
     */
    consentVersion: string;
    expiryDate?: UtcTimestamp;
  };
  consentWithdrawnAt?: UtcTimestamp;
}
/**
 * Processing record under the EU General Data Protection Regulation for customers in the EU/EEA: the lawful basis, purposes, controller and processors, retention and the customer's rights. Required by the validator when the customer's country is in the EU/EEA.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "GdprConsent".
 */
export interface GdprConsent {
  /**
   * The GDPR Article 6 ground on which the customer's data is processed.
   */
  legalBasis: 'CONSENT' | 'LEGITIMATE_INTEREST' | 'CONTRACT' | 'LEGAL_OBLIGATION' | 'VITAL_INTEREST' | 'PUBLIC_TASK';
  /**
   * Purposes the data may be used for, as upper-case codes; the recommended codes are LEAD_FOLLOW_UP, PRODUCT_RECOMMENDATIONS, PRICE_QUOTE, TEST_DRIVE_SCHEDULING, FINANCING_PRE_APPROVAL, POST_SALE_SERVICE, MARKET_RESEARCH and THIRD_PARTY_CREDIT.
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: One processing purpose as an upper-case code.
   */
  purposeCodes: string[];
  dataController: PartyIdentifier;
  /**
   * LEX organization ids of the processors that handle the data on the controller's behalf (DMS, CRM, platforms); withdrawals are passed on to each of them.
   *
   * @maxItems 50
   */
  processorList?: PartyIdentifier[];
  /**
   * How many days the data may be kept; at least 1.
   */
  retentionPeriodDays: number;
  /**
   * Which data-subject rights the controller told the customer about and will honour for this lead.
   */
  subjectRights?: {
    /**
     * The customer may obtain a copy of the data held about them.
     */
    rightToAccess?: boolean;
    /**
     * The customer may have the data deleted.
     */
    rightToErasure?: boolean;
    /**
     * The customer may receive the data in a machine-readable form or have it sent to another controller.
     */
    rightToPortability?: boolean;
    /**
     * The customer may object to the processing, including for direct marketing.
     */
    rightToObject?: boolean;
  };
  consentWithdrawnAt?: UtcTimestamp;
}
/**
 * Processing record under the UK GDPR and the Data Protection Act 2018 for customers in the United Kingdom; kept apart from the EU block because the UK regime is supervised separately by the ICO. Required by the validator when the customer's country is GB.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "UkGdprConsent".
 */
export interface UkGdprConsent {
  /**
   * The UK GDPR Article 6 ground on which the customer's data is processed; same values as the EU block.
   */
  legalBasis: 'CONSENT' | 'LEGITIMATE_INTEREST' | 'CONTRACT' | 'LEGAL_OBLIGATION' | 'VITAL_INTEREST' | 'PUBLIC_TASK';
  /**
   * Purposes the data may be used for in the UK, as upper-case codes (recommended codes as for the EU block).
   *
   * @minItems 1
   * @maxItems 20
   *
   * Items: One processing purpose as an upper-case code.
   */
  purposeCodes: string[];
  dataController: PartyIdentifier;
  /**
   * How many days the data may be kept; at least 1.
   */
  retentionPeriodDays: number;
  /**
   * The controller's registration number with the UK Information Commissioner's Office.
   */
  icoRegistrationNumber?: string;
  consentWithdrawnAt?: UtcTimestamp;
}
/**
 * Opt-out status under the California Consumer Privacy Act as amended by the CPRA, for customers in California. The validator warns when it is missing for a US customer whose state is CA.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "CcpaConsent".
 */
export interface CcpaConsent {
  /**
   * True when the customer opted out of the sale of their personal information.
   */
  doNotSell: boolean;
  /**
   * True when the customer opted out of sharing for cross-context behavioural advertising.
   */
  doNotShare: boolean;
  optOutTimestamp?: UtcTimestamp;
  /**
   * True when a Global Privacy Control signal sent by the customer's browser was treated as an opt-out.
   */
  gpcSignalHonored: boolean;
}
/**
 * Consent record under India's Digital Personal Data Protection Act 2023 (DPDPA). Required by the validator when the customer's country is IN.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "DpdpConsent".
 */
export interface DpdpConsent {
  /**
   * True when the customer gave consent under the DPDPA; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Id of the processing purpose as the data fiduciary registered it.
   */
  purposeId: string;
  consentTimestamp: UtcTimestamp;
  /**
   * True when the customer named a nominee to exercise their rights in case of death or incapacity.
   */
  nomineeDefined?: boolean;
}
/**
 * Consent record under China's Personal Information Protection Law, which asks for separate consent for sensitive data and clearance before data leaves China. Required by the validator when the customer's country is CN.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PiplConsent".
 */
export interface PiplConsent {
  /**
   * True when the customer gave express consent under the PIPL.
   */
  consentGranted: boolean;
  /**
   * The processing purpose stated to the customer, as a code or short text.
   */
  processingPurpose: string;
  /**
   * True when sensitive personal information (e.g. biometric or financial data) is processed.
   */
  sensitiveDataIncluded: boolean;
  /**
   * True when a transfer of the data out of China is covered by a CAC security assessment, certification or standard contract.
   */
  crossBorderTransferApproved: boolean;
  consentTimestamp: UtcTimestamp;
}
/**
 * Processing record under Brazil's Lei Geral de Proteção de Dados (LGPD). Required by the validator when the customer's country is BR.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LgpdConsent".
 */
export interface LgpdConsent {
  /**
   * The LGPD Article 7 ground on which the customer's data is processed.
   */
  legalBasis:
    | 'CONSENT'
    | 'LEGITIMATE_INTEREST'
    | 'CONTRACT'
    | 'LEGAL_OBLIGATION'
    | 'VITAL_INTEREST'
    | 'RESEARCH'
    | 'CREDIT_PROTECTION'
    | 'JUDICIAL'
    | 'HEALTH'
    | 'REGULATORY';
  /**
   * True when the customer gave consent under the LGPD; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement, in Portuguese or English, of why the customer's data is processed.
   */
  purposeDescription: string;
  /**
   * The controller's Brazilian company registry number (CNPJ), punctuated (NN.NNN.NNN/NNNN-NN) or as 14 bare characters; the first 12 may be letters under the alphanumeric CNPJ.
   */
  dataControllerCnpj?: string;
  /**
   * How many days the data may be kept; at least 1.
   */
  retentionPeriodDays: number;
  consentTimestamp: UtcTimestamp;
}
/**
 * Consent record under South Africa's Protection of Personal Information Act (POPIA). Required by the validator when the customer's country is ZA.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PopiaConsent".
 */
export interface PopiaConsent {
  /**
   * True when the customer gave consent under POPIA; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under POPIA.
   */
  purposeDescription: string;
  /**
   * Name or LEX organization id of the responsible party (POPIA's term for the controller).
   */
  responsiblePartyName: string;
  consentTimestamp: UtcTimestamp;
  /**
   * True when the customer was told about their rights as a data subject.
   */
  dataSubjectRightsNotified: boolean;
}
/**
 * Consent record under Canada's PIPEDA and, for Quebec residents, Quebec's Law 25. The validator warns when it is missing for a customer whose country is CA.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PipedaConsent".
 */
export interface PipedaConsent {
  /**
   * True when the customer gave consent under PIPEDA; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under PIPEDA.
   */
  purposeDescription: string;
  /**
   * True when the sender relies on implied consent; false when the customer consented expressly.
   */
  impliedConsent: boolean;
  /**
   * True when Quebec's Law 25 (formerly Bill 64) applies in addition to PIPEDA.
   */
  quebecLaw25Applicable: boolean;
  consentTimestamp: UtcTimestamp;
}
/**
 * Consent record under Singapore's Personal Data Protection Act 2012 (as amended in 2020). Required by the validator when the customer's country is SG.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PdpaSgConsent".
 */
export interface PdpaSgConsent {
  /**
   * True when the customer gave consent under the PDPA; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under the PDPA.
   */
  purposeDescription: string;
  /**
   * True when the customer's number was checked against Singapore's Do Not Call Registry before any telemarketing contact.
   */
  doNotCallRegistryChecked: boolean;
  consentTimestamp: UtcTimestamp;
}
/**
 * Consent record under Japan's Act on the Protection of Personal Information (APPI, 2022 amendment). Required by the validator when the customer's country is JP.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "AppiConsent".
 */
export interface AppiConsent {
  /**
   * True when the customer gave consent under the APPI; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under the APPI.
   */
  purposeDescription: string;
  /**
   * True when the customer agreed that their data may be provided to third parties.
   */
  thirdPartyProvisionConsent: boolean;
  /**
   * True when the customer agreed that their data may be transferred to a third party outside Japan.
   */
  crossBorderTransferConsent: boolean;
  consentTimestamp: UtcTimestamp;
}
/**
 * Processing record under Switzerland's revised Federal Act on Data Protection (nFADP, in force since September 2023), which follows the GDPR's structure. Required by the validator when the customer's country is CH.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "NfadpConsent".
 */
export interface NfadpConsent {
  /**
   * The ground that justifies processing the customer's data under the nFADP.
   */
  legalBasis: 'CONSENT' | 'LEGITIMATE_INTEREST' | 'CONTRACT' | 'LEGAL_OBLIGATION';
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under the nFADP.
   */
  purposeDescription: string;
  /**
   * Name or LEX organization id of the Swiss data controller.
   */
  dataControllerName: string;
  /**
   * How many days the data may be kept; at least 1.
   */
  retentionPeriodDays: number;
  consentTimestamp: UtcTimestamp;
}
/**
 * Consent record under South Korea's Personal Information Protection Act (PIPA, 2023 amendment). Required by the validator when the customer's country is KR.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PipaKrConsent".
 */
export interface PipaKrConsent {
  /**
   * True when the customer gave consent under PIPA; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under PIPA.
   */
  purposeDescription: string;
  /**
   * True when sensitive information is processed, which PIPA allows only with separate consent.
   */
  sensitiveDataIncluded: boolean;
  /**
   * True when the customer separately agreed that their data may be provided to third parties.
   */
  thirdPartyProvisionConsent: boolean;
  consentTimestamp: UtcTimestamp;
}
/**
 * Consent record under Saudi Arabia's Personal Data Protection Law (PDPL, enforced since 2024). Required by the validator when the customer's country is SA.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PdplSaConsent".
 */
export interface PdplSaConsent {
  /**
   * True when the customer gave consent under the PDPL; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * The processing purpose stated to the customer, as a code or short text.
   */
  processingPurpose: string;
  /**
   * True when sensitive categories of personal data are processed.
   */
  sensitiveDataIncluded: boolean;
  /**
   * True when a transfer of the data outside the Kingdom has been cleared under the PDPL transfer rules by the competent Saudi authority.
   */
  crossBorderTransferApproved: boolean;
  consentTimestamp: UtcTimestamp;
}
/**
 * Processing record under Thailand's Personal Data Protection Act (PDPA, in force since June 2022). Required by the validator when the customer's country is TH.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "PdpaThConsent".
 */
export interface PdpaThConsent {
  /**
   * The ground on which the customer's data is processed under the Thai PDPA.
   */
  legalBasis: 'CONSENT' | 'CONTRACT' | 'LEGAL_OBLIGATION' | 'VITAL_INTEREST' | 'PUBLIC_TASK' | 'LEGITIMATE_INTEREST';
  /**
   * True when the customer gave consent under the Thai PDPA; false when consent was refused or later withdrawn.
   */
  consentGranted: boolean;
  /**
   * Plain-language statement of why the customer's data is processed, as shown to the customer under the Thai PDPA.
   */
  purposeDescription: string;
  /**
   * Name or LEX organization id of the Thai data controller.
   */
  dataControllerName: string;
  /**
   * How many days the data may be kept; at least 1.
   */
  retentionPeriodDays: number;
  consentTimestamp: UtcTimestamp;
}
/**
 * Opt-out status under the comprehensive privacy laws of US states other than California (e.g. Virginia VCDPA, Colorado CPA, Connecticut CTDPA, Texas TDPSA, Oregon OCPA, Montana MCDPA). California is recorded in the ccpa block.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "UsStatePrivacyConsent".
 */
export interface UsStatePrivacyConsent {
  /**
   * Two-letter USPS codes of the states under whose law the customer has opted out. Codes that are not US states are reported as a warning by the validator, not rejected.
   *
   * @maxItems 60
   *
   * Items: A two-letter US state code, upper case.
   */
  statesOptedOut?: string[];
  /**
   * True when the customer opted out under every supported state law at once.
   */
  universalOptOut?: boolean;
  /**
   * True when a Global Privacy Control signal from the customer's browser was treated as an opt-out.
   */
  gpcHonored?: boolean;
}
/**
 * Signals that let a receiver recognise the same customer arriving through several channels. The sender supplies the fingerprint and hints; the receiver decides, and reports a duplicate with a LEAD_CLOSURE whose closureStatus is DUPLICATE.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "Deduplication".
 */
export interface Deduplication {
  /**
   * One-way hash identifying the customer without revealing them: SHA-256, as 64 lower-case hex digits, of the normalised e-mail, phone and last name joined with '|' (e-mail trimmed and lower-cased; phone reduced to its last 10 digits; last name trimmed, lower-cased, diacritics removed). Never raw personal data; recompute it when the contact details change.
   */
  customerFingerprint?: string;
  /**
   * Algorithm and normalisation used for customerFingerprint. Absent means SHA256_V1, currently the only version.
   */
  fingerprintVersion?: 'SHA256_V1';
  /**
   * Sender's hint: leads for the same fingerprint arriving within this many hours are likely duplicates. Absent means 72.
   */
  deduplicationWindowHours?: number;
  /**
   * The sender's own id for this lead, for cross-reference.
   */
  senderLeadId?: string;
  /**
   * Set by a receiver that found this lead to be a duplicate: the id of the canonical lead it duplicates. Omit the member when there is none.
   */
  duplicateOfLeadId?: string;
  /**
   * Ids of the same lead on other platforms, when the sender knows them; lets the receiver merge records at once. Opaque ids only, never personal data.
   *
   * @maxItems 50
   */
  crossPlatformIds?: {
    /**
     * Platform code, upper case, e.g. AUTOTRADER, CARS_COM, CARGURUS, TRUECAR, FACEBOOK_MARKETPLACE, GOOGLE_VEHICLE_ADS, EDMUNDS, KIJIJI, AUTOSCOUT24, MOBILE_DE, CARWALE, TEAM_BHP, ZIGWHEELS.
     */
    platform: string;
    /**
     * The lead's id on that platform.
     */
    leadId: string;
    leadTimestamp?: UtcTimestamp;
  }[];
  /**
   * The receiver's verdict on this lead.
   */
  deduplicationStatus?: 'PENDING' | 'UNIQUE' | 'DUPLICATE' | 'MERGED';
}
/**
 * Predictive scores and signals produced by a lead-scoring model (platform, DMS or OEM). Advisory only: the receiver decides how to act. Only the scoring system fills it; systems that pass the lead on must keep it unchanged unless they re-score and update modelMetadata.scoredAt.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LeadIntelligence".
 */
export interface LeadIntelligence {
  /**
   * Probability that the customer will buy, from 0 (no intent) to 1 (near-certain buyer); 0 is a real score, not missing data. A value outside 0..1 is reported by the validator as INTENT_SCORE_OUT_OF_RANGE. Give confidenceLevel with it.
   */
  intentScore?: number;
  /**
   * Predicted number of days until the purchase decision, 1 to 365.
   */
  buyingWindowDays?: number;
  /**
   * How confident the model is in its scores overall; expected whenever intentScore is present.
   */
  confidenceLevel?: 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH';
  /**
   * Likelihood that the lead goes cold without prompt engagement.
   */
  churnRisk?: 'LOW' | 'MEDIUM' | 'HIGH';
  /**
   * Tier derived from intentScore.
   */
  leadQualityTier?: 'PLATINUM' | 'GOLD' | 'SILVER' | 'BRONZE' | 'COLD';
  /**
   * Letter grade for non-technical users.
   */
  scoreGrade?: 'A' | 'B' | 'C' | 'D';
  /**
   * Direction of the score compared with the previous scoring.
   */
  scoreTrend?: 'IMPROVING' | 'DECLINING' | 'STEADY' | 'INSUFFICIENT_DATA';
  /**
   * The main factors behind the score, heaviest first (top 3 to 5 recommended).
   *
   * @maxItems 20
   */
  scoringReasons?: {
    /**
     * Machine-readable factor code.
     */
    factor: string;
    /**
     * Whether the factor raised or lowered the score.
     */
    direction: 'POSITIVE' | 'NEGATIVE';
    /**
     * Relative contribution of the factor to the score. Between 0 and 1.
     */
    weight?: number;
    /**
     * Short explanation of the factor for display in a CRM.
     */
    description?: string;
  }[];
  /**
   * Codes of customer actions observed, from the LEX signal list (VDP_VIEW_1X to VDP_VIEW_5X_PLUS, PAYMENT_CALCULATOR_USED, TRADE_IN_VALUATION_REQUESTED, INVENTORY_FILTER_APPLIED, SAVED_TO_FAVORITES, COMPARE_PRODUCTS, BOOKING_INITIATED, CREDIT_PRE_CHECK, DEALER_MAP_VIEWED, CALL_TO_ACTION_CLICKED, BROCHURE_DOWNLOADED, LIVE_CHAT_ENGAGED, SESSION_DEPTH_HIGH, RETURN_VISIT, VIDEO_VIEWED, FINANCING_PAGE_VISITED, APPOINTMENT_REQUESTED, SPEC_SHEET_DOWNLOADED). An unlisted code is accepted with a warning.
   *
   * @maxItems 100
   */
  behavioralSignals?: string[];
  /**
   * Products the model expects the customer to buy, most likely first.
   *
   * @maxItems 20
   */
  predictedProducts?: {
    /**
     * LEX product type code.
     */
    productType?: string;
    /**
     * Predicted manufacturer or brand.
     */
    manufacturer?: string;
    /**
     * Predicted model.
     */
    model?: string;
    /**
     * Predicted trim or variant.
     */
    trim?: string;
    /**
     * Model confidence in this prediction. Between 0 and 1.
     */
    confidenceScore?: number;
  }[];
  /**
   * How the price of the product of interest compares with the customer's budget signals.
   */
  priceRangeFit?: 'BELOW_RANGE' | 'LOWER_RANGE' | 'EXACT' | 'UPPER_RANGE' | 'ABOVE_RANGE';
  /**
   * Probability that the customer will need financing. Between 0 and 1.
   */
  financingLikelihood?: number;
  /**
   * Probability that the customer has an asset to trade in. Between 0 and 1.
   */
  tradeInLikelihood?: number;
  /**
   * Strength of the customer's interest in electric or low-emission products (0 none, 1 strong). Between 0 and 1.
   */
  evInterestScore?: number;
  /**
   * Contact channels ranked by predicted response.
   *
   * @maxItems 6
   */
  channelAffinity?: {
    /**
     * Contact channel.
     */
    channel: 'EMAIL' | 'PHONE' | 'SMS' | 'IN_PERSON' | 'CHAT' | 'VIDEO_CALL';
    /**
     * Predicted response probability on this channel. Between 0 and 1.
     */
    affinityScore: number;
  }[];
  /**
   * Suggested time to first response, as an ISO 8601 duration in days, hours, minutes or seconds (PT2H, PT30M, P1D).
   */
  recommendedResponseSla?: string;
  /**
   * Time slots in which contact is most likely to succeed.
   *
   * @maxItems 21
   */
  optimalContactTimes?: {
    /**
     * Day of the week.
     */
    dayOfWeek: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
    /**
     * Hour of the day in UTC, 0 to 23.
     */
    hourUtc: number;
    /**
     * Best channel in this slot.
     */
    preferredChannel?: 'EMAIL' | 'PHONE' | 'SMS' | 'IN_PERSON' | 'CHAT' | 'VIDEO_CALL';
  }[];
  /**
   * Where the model's input signals came from.
   *
   * @maxItems 20
   */
  enrichmentSources?: {
    /**
     * Kind of data source.
     */
    type:
      | 'FIRST_PARTY_BEHAVIORAL'
      | 'THIRD_PARTY_INTENT'
      | 'CRM_HISTORICAL'
      | 'SOCIAL_SIGNAL'
      | 'FIRMOGRAPHIC'
      | 'TELEMATICS';
    /**
     * Name or system id of the provider.
     */
    provider?: string;
    refreshedAt?: UtcTimestamp;
    /**
     * Number of signals taken from this source.
     */
    signalCount?: number;
  }[];
  /**
   * Which model produced the scores, and when.
   */
  modelMetadata?: {
    /**
     * Kind of system that scored the lead.
     */
    source?:
      | 'PLATFORM_ML_ENGINE'
      | 'DMS_SCORING'
      | 'OEM_CRM'
      | 'THIRD_PARTY_ENRICHMENT'
      | 'GENERATIVE_AI'
      | 'ENSEMBLE_MODEL'
      | 'FEDERATED_MODEL';
    /**
     * Machine-readable id of the model.
     */
    modelId?: string;
    modelVersion?: SemanticVersion;
    scoredAt?: UtcTimestamp;
    /**
     * Age in days of the behavioural data behind the scores. More than 7 is reported as the warning INTELLIGENCE_SCORES_STALE.
     */
    dataFreshnessDays?: number;
    trainingDataCutoff?: IsoDate;
  };
}
/**
 * Organization-specific context kept apart from the standard lead fields: which organization owns the record, and the ids and routing codes each party (manufacturer, management system, retailer, platform) uses for the same lead. Lets every party find the lead under its own id.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "OrganizationContext".
 */
export interface OrganizationContext {
  organizationId?: PartyIdentifier;
  /**
   * Display name of the organization.
   */
  organizationName?: string;
  /**
   * Role of the organization in the lead exchange.
   */
  organizationType?: 'MANUFACTURER' | 'RETAILER' | 'BROKER' | 'DMS' | 'PLATFORM' | 'NETWORK' | 'LEAD_SOURCE';
  /**
   * The organization's time zone, as an IANA tz database name.
   */
  timezone?: string;
  /**
   * Commercial region the organization belongs to, as the organization's registry uses it (e.g. NA, EU, EMEA, IN, GLOBAL).
   */
  region?: string;
  /**
   * The manufacturer's ids and codes for the lead.
   */
  manufacturerData?: {
    /**
     * The manufacturer's own id for the lead.
     */
    mfgrLeadId?: string;
    /**
     * The manufacturer's sales region.
     */
    regionCode?: string;
    /**
     * Product division.
     */
    divisionCode?: string;
    /**
     * Corporate incentive or promotion applied.
     */
    incentiveProgram?: string;
    /**
     * Inventory allocation pool the lead draws on.
     */
    allocationPoolId?: string;
  };
  /**
   * Ids and sync state in the management system (DMS, CRM, ERP) that holds the lead.
   */
  managementSystemData?: {
    /**
     * Provider of the system.
     */
    provider?: string;
    /**
     * The system's own id for the lead.
     */
    systemLeadId?: string;
    /**
     * Account of the organization in that system.
     */
    accountId?: string;
    /**
     * Instance or version identifier of the system.
     */
    systemCode?: string;
    /**
     * Integration state reported by the system (system-defined code).
     */
    syncStatus?: string;
    syncTimestamp?: UtcTimestamp;
    /**
     * Business process the lead follows in the system.
     */
    workflow?: string;
  };
  /**
   * The retailer's (dealer's, broker's) ids and assignments for the lead.
   */
  retailerData?: {
    /**
     * The retailer's own id for the lead.
     */
    retailerLeadId?: string;
    /**
     * Branch or location.
     */
    branchCode?: string;
    /**
     * Department handling the lead.
     */
    departmentCode?: string;
    /**
     * Id of the assigned sales representative.
     */
    salesRepId?: string;
    /**
     * Id of the responsible sales manager.
     */
    managerId?: string;
    /**
     * Local system and version that holds the lead.
     */
    sourceSystemCode?: string;
  };
  /**
   * The third-party platform's ids for the lead.
   */
  platformData?: {
    /**
     * Platform code.
     */
    platform?: string;
    /**
     * The platform's own id for the lead.
     */
    platformLeadId?: string;
    /**
     * Campaign that produced the lead on the platform.
     */
    campaignId?: string;
    /**
     * Page on the platform where the lead was captured.
     */
    sourceUrl?: string;
  };
}
/**
 * Aviation context of a lead: under which operating rules the buyer will fly the aircraft, what it will be used for, and where it is and will be registered. Optional; sent with aircraft leads.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "AviationLead".
 */
export interface AviationLead {
  /**
   * The regulatory basis on which the buyer will operate the aircraft.
   */
  operatorCertificate?: 'PART_91' | 'PART_121' | 'PART_135' | 'EASA_AOC' | 'PRIVATE';
  /**
   * What the buyer will use the aircraft for, as an upper-case code (for example CHARTER, SCHEDULED_PASSENGER, CARGO, CORPORATE, TRAINING). The set is open.
   */
  intendedUse?: string;
  currentRegistryCountry?: CountryCode;
  targetRegistryCountry?: CountryCode;
}
/**
 * Maritime context of a lead: how the vessel will be employed after delivery, where it will trade and what it will carry. Optional; sent with vessel leads.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "MaritimeLead".
 */
export interface MaritimeLead {
  /**
   * The charter arrangement under which the buyer plans to employ the vessel.
   */
  charterType?: 'BARE_BOAT' | 'TIME_CHARTER' | 'VOYAGE_CHARTER' | 'DEMISE' | 'NONE';
  /**
   * Routes or sea areas the vessel is meant to trade in, as a code or hyphen-joined list of codes (for example TRANSATLANTIC, ASIA-EUROPE). The set is open.
   */
  intendedTradingArea?: string;
  /**
   * Main cargo the vessel will carry, as an upper-case code (for example DRY_CONTAINERS, CRUDE_OIL, LNG, DRY_BULK, PASSENGERS). The set is open.
   */
  intendedCargoType?: string;
}
/**
 * Heavy-equipment context of a lead: which attachment coupler the machine must take, how high the job site lies (engines lose power with altitude, so the dealer may need to de-rate or re-specify), and whether the machine is to be exported. Optional; sent with construction, mining and agricultural machinery leads.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "HeavyEquipmentLead".
 */
export interface HeavyEquipmentLead {
  /**
   * Coupler interface the machine must fit so that the buyer's existing attachments can be mounted, as an upper-case code (a standard such as ISO_19296 or a make-specific system such as CATERPILLAR_WEDGE_LOCK). The set is open.
   */
  attachmentCouplerStandard?: string;
  /**
   * Height of the job site in metres above mean sea level (negative below sea level); used to de-rate engine power and select high-altitude kits.
   */
  jobSiteAltitude?: number;
  /**
   * True when shipping the machine to its destination needs an export licence or permit.
   */
  exportLicenseRequired?: boolean;
  exportDestinationCountry?: CountryCode;
}
/**
 * Real-estate context of a property purchase lead: the buyer's agency agreement, mortgage pre-approval, offer contingencies, concessions and warranty asked of the seller, how the buyer will occupy the property, the closing timetable and the licences of both agents. Optional; sent with property leads.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "RealEstateLead".
 */
export interface RealEstateLead {
  /**
   * State of the written agreement between the buyer and the buyer's agent, as an upper-case code (for example SIGNED, PENDING, NOT_SIGNED, EXPIRED). The set is open.
   */
  buyerRepresentationAgreementStatus?: string;
  /**
   * Whether the purchase is part of a tax-deferred property exchange (such as a US section 1031 like-kind exchange) and of which kind, as an upper-case code; NONE for an ordinary purchase. The set is open.
   */
  exchangeType?: string;
  preApprovalAmount?: MoneyAmount;
  preApprovalCurrency?: CurrencyCode;
  preApprovalExpiryDate?: IsoDate;
  /**
   * Name of the lender that issued the pre-approval.
   */
  preApprovalLender?: string;
  /**
   * Kind of mortgage the pre-approval is for.
   */
  preApprovalLoanType?:
    'CONVENTIONAL' | 'FHA' | 'VA' | 'USDA' | 'JUMBO' | 'ARM' | 'BRIDGE' | 'CONSTRUCTION' | 'PORTFOLIO' | 'HARD_MONEY';
  /**
   * Conditions the buyer's offer depends on, each with its state and deadline.
   *
   * @maxItems 20
   */
  contingencies?: {
    /**
     * What the condition is about.
     */
    type?: 'FINANCING' | 'INSPECTION' | 'APPRAISAL' | 'SALE_OF_EXISTING_HOME' | 'TITLE' | 'HOA_REVIEW' | 'OTHER';
    /**
     * Where the condition stands.
     */
    status?: 'PENDING' | 'SATISFIED' | 'WAIVED' | 'FAILED';
    deadline?: IsoDate;
    /**
     * Free-text details of the condition.
     */
    notes?: string;
  }[];
  /**
   * True when the buyer asks the seller to pay part of the buyer's costs (closing costs, repairs, rate buy-down).
   */
  sellerConcessionsRequested?: boolean;
  sellerConcessionAmount?: MoneyAmount;
  sellerConcessionCurrency?: CurrencyCode;
  /**
   * True when the buyer wants a home warranty (service contract for home systems and appliances) with the purchase.
   */
  homeWarrantyRequested?: boolean;
  /**
   * Party that pays for the home warranty, as an upper-case code (for example SELLER, BUYER, SPLIT). The set is open.
   */
  homeWarrantyCoveredBy?: string;
  /**
   * Progress of the seller's property condition disclosure towards the buyer, as an upper-case code (for example NOT_RECEIVED, RECEIVED, REVIEWED). The set is open.
   */
  propertyDisclosureStatus?: string;
  /**
   * How the buyer will occupy the property, as an upper-case code (for example OWNER_OCCUPIED, SECOND_HOME, INVESTMENT). The set is open.
   */
  occupancyStatus?: string;
  /**
   * Kind of sale, as an upper-case code (for example STANDARD, SHORT_SALE, REO, AUCTION, NEW_CONSTRUCTION). The set is open.
   */
  saleType?: string;
  /**
   * True when the buyer has not owned a home before (may qualify for first-time-buyer programmes).
   */
  firstTimeBuyer?: boolean;
  /**
   * True when the property is bought as an investment (for example to let) rather than to live in.
   */
  investmentPurpose?: boolean;
  targetClosingDate?: IsoDate;
  moveInDate?: IsoDate;
  /**
   * True when the seller will stay in the property and rent it from the buyer for a period after closing.
   */
  leaseback?: boolean;
  /**
   * Real-estate licence number of the agent representing the buyer.
   */
  buyerAgentLicenseNumber?: string;
  /**
   * State or province that issued the buyer's agent licence (subdivision code, for example TX).
   */
  buyerAgentStateLicense?: string;
  /**
   * Real-estate licence number of the agent representing the seller.
   */
  listingAgentLicenseNumber?: string;
  /**
   * State or province that issued the listing agent's licence (subdivision code, for example TX).
   */
  listingAgentStateLicense?: string;
  /**
   * Multiple Listing Service id of the property the lead is about, when it is listed.
   */
  mlsListingId?: string;
}
/**
 * Technology context of a lead for devices and IT solutions: the security certifications the buyer demands, when installed equipment is to be replaced (evergreen refresh), and the buyer's sustainability and sourcing conditions. Optional; sent with hardware, software and device-as-a-service leads.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "TechnologyLead".
 */
export interface TechnologyLead {
  /**
   * Security certifications or attestations the product or supplier must hold, each an upper-case code (for example ISO_27001, SOC2_TYPE_II, FIPS_140_2, FEDRAMP_MODERATE). The set is open.
   *
   * @maxItems 30
   */
  securityCertificationRequirements?: string[];
  /**
   * What causes installed units to be swapped for new ones under an evergreen (continuous refresh) arrangement, as an upper-case code (for example EOL_DRIVEN for the end of vendor support, AGE_DRIVEN for a fixed age). The set is open.
   */
  evergreenRefreshTrigger?: string;
  /**
   * Age in months at which a unit becomes due for refresh.
   */
  evergreenRefreshThresholdMonths?: number;
  /**
   * Environmental labels or programmes the products must meet, each an upper-case code (for example EPEAT_GOLD, ENERGY_STAR, TCO_CERTIFIED). The set is open.
   *
   * @maxItems 30
   */
  sustainabilityRequirements?: string[];
  /**
   * True when the buyer requires the supplier to show responsible sourcing of conflict minerals (tin, tantalum, tungsten, gold), for example through a conflict minerals report.
   */
  conflictMineralsComplianceRequired?: boolean;
}
/**
 * A unit or model offered for sale: what it is, whether and where it is available, what it costs, pictures, and electrification details. Published by manufacturers and retailers, typically to subscribers of ASSET_AVAILABILITY or PRICE_UPDATES.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "AssetPayload".
 */
export interface AssetPayload {
  /**
   * The sender's id for this asset (a stock unit or a model offer), unique per sender: letters, digits, hyphens and underscores.
   */
  assetId: string;
  /**
   * Vehicle identification number of the unit, for road vehicles: 17 characters, digits and capital letters except I, O and Q.
   */
  vin?: string;
  /**
   * What the asset is: identity, body and powertrain, ratings and equipment. make and model are required; the other members apply where they make sense for the asset class.
   */
  specification: {
    /**
     * The kind of asset.
     */
    assetClass?:
      'AUTOMOTIVE' | 'AVIATION' | 'MARITIME' | 'HEAVY_EQUIPMENT' | 'REAL_ESTATE' | 'TECHNOLOGY' | 'GENERAL_GOODS';
    /**
     * Manufacturer or brand (official name).
     */
    make: string;
    /**
     * Model name (official name).
     */
    model: string;
    /**
     * Model year.
     */
    year?: number;
    /**
     * Trim level or variant.
     */
    trim?: string;
    /**
     * Body style, for vehicles.
     */
    bodyType?:
      | 'SEDAN'
      | 'COUPE'
      | 'HATCHBACK'
      | 'WAGON'
      | 'SUV'
      | 'CROSSOVER'
      | 'TRUCK'
      | 'VAN'
      | 'MINIVAN'
      | 'CONVERTIBLE'
      | 'OTHER';
    /**
     * Transmission type, for vehicles.
     */
    transmission?: 'AUTOMATIC' | 'MANUAL' | 'CVT' | 'DUAL_CLUTCH' | 'OTHER';
    /**
     * Energy source, for vehicles and machines.
     */
    fuelType?: 'GASOLINE' | 'DIESEL' | 'HYBRID' | 'PLUG_IN_HYBRID' | 'ELECTRIC' | 'NATURAL_GAS' | 'HYDROGEN' | 'OTHER';
    /**
     * Engine description.
     */
    engine?: string;
    /**
     * Rated power in horsepower.
     */
    horsepower?: number;
    /**
     * Rated fuel economy in city driving, miles per US gallon.
     */
    mpgCity?: number;
    /**
     * Rated fuel economy on the highway, miles per US gallon.
     */
    mpgHighway?: number;
    /**
     * Number of seats.
     */
    seating?: number;
    /**
     * Cargo capacity as a text with its unit.
     */
    cargo?: string;
    /**
     * Standard or installed features, one free-text item each.
     *
     * @maxItems 200
     */
    features?: string[];
  };
  /**
   * Whether, where and how many units can be had.
   */
  availability: {
    /**
     * Stock status of the asset.
     */
    status: 'IN_STOCK' | 'ORDERED' | 'DISCONTINUED' | 'BACKORDER' | 'RESERVED' | 'SOLD' | 'TRANSFERABLE';
    /**
     * Where the asset is: the id of the holding organization or location.
     */
    location?: string;
    /**
     * Number of identical units available.
     */
    quantityAvailable?: number;
    lastUpdated?: UtcTimestamp;
  };
  /**
   * Prices of the asset, all in currency (USD when absent).
   */
  pricing: {
    msrp?: MoneyAmount;
    retailerCost?: MoneyAmount;
    /**
     * Promotions that currently apply.
     *
     * @maxItems 50
     */
    specialOffers?: {
      /**
       * What the offer is.
       */
      description: string;
      discount?: MoneyAmount;
      expirationDate?: IsoDate;
    }[];
    currency?: CurrencyCode;
  };
  /**
   * Links to pictures of the asset.
   */
  images?: {
    /**
     * Exterior pictures, main picture first.
     *
     * @maxItems 100
     */
    exterior?: string[];
    /**
     * Interior pictures.
     *
     * @maxItems 100
     */
    interior?: string[];
  };
  /**
   * Bookkeeping for the asset record.
   */
  metadata?: {
    createdAt?: UtcTimestamp;
    updatedAt?: UtcTimestamp;
    /**
     * System the record comes from, with its version.
     */
    sourceSystem?: string;
    expirationDate?: UtcTimestamp;
  };
  evSpecifications?: EvSpecifications;
}
/**
 * A receiver's answer to an earlier message: whether it arrived, was processed, was refused or failed, the problems found, and what happens next. The header's correlationId normally repeats originalMessageId.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "AcknowledgmentPayload".
 */
export interface AcknowledgmentPayload {
  originalMessageId: UuidV4;
  /**
   * Outcome for the acknowledged message.
   */
  status: 'RECEIVED' | 'PROCESSED' | 'REJECTED' | 'ERROR' | 'DUPLICATE';
  processedAt: UtcTimestamp;
  /**
   * Problems that prevented processing; expected when status is REJECTED or ERROR.
   *
   * @maxItems 1000
   */
  errors?: AckIssue[];
  /**
   * Problems that did not prevent processing.
   *
   * @maxItems 1000
   */
  warnings?: AckIssue[];
  /**
   * What the receiver will do next with the acknowledged message.
   */
  nextSteps?: {
    /**
     * Id under which the receiver registered the lead.
     */
    leadId?: string;
    /**
     * Team or person the lead was assigned to.
     */
    assignedTo?: string;
    expectedFollowUp?: UtcTimestamp;
    /**
     * Free-text note for the sender.
     */
    message?: string;
  };
}
/**
 * One problem a receiver found in a message it acknowledges: a stable code, a readable explanation, where in the message it sits and how serious it is.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "AckIssue".
 */
export interface AckIssue {
  /**
   * Stable machine-readable code of the problem, e.g. a validation code from the LEX error catalogue or a receiver-specific code.
   */
  code: string;
  /**
   * Human-readable explanation of the problem, for logs and operators.
   */
  message: string;
  /**
   * Where the problem is: a JSON Pointer (RFC 6901) into the JSON-EDI form of the acknowledged message, starting at /lex. Empty string means the whole message. Messages received in XML-EDI, X12 or EDIFACT are pointed at through their JSON-EDI equivalent.
   */
  path?: string;
  /**
   * How serious the problem is.
   */
  severity: 'CRITICAL' | 'ERROR' | 'WARNING';
  /**
   * What the sender can do to fix the problem.
   */
  suggestedAction?: string;
}
/**
 * Creates, changes, ends or tests a subscription to a stream of LEX messages, optionally narrowed by filters, delivered to a webhook in a chosen format.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "SubscriptionPayload".
 */
export interface SubscriptionPayload {
  /**
   * The subscriber's id for the subscription; later UPDATE, UNSUBSCRIBE and TEST messages repeat it.
   */
  subscriptionId: string;
  /**
   * What to do with the subscription.
   */
  action: 'SUBSCRIBE' | 'UNSUBSCRIBE' | 'UPDATE' | 'TEST';
  /**
   * Which stream of events the subscription covers.
   */
  subscriptionType:
    | 'LEAD_UPDATES'
    | 'ASSET_AVAILABILITY'
    | 'PRICE_UPDATES'
    | 'SERVICE_NOTIFICATIONS'
    | 'APPOINTMENT_REMINDERS'
    | 'PROMOTIONAL_OFFERS';
  /**
   * Narrows the stream; a message is delivered when it matches every filter given, and any one value within a filter. No filters: everything of the subscriptionType.
   */
  filters?: {
    /**
     * Manufacturers or brands.
     *
     * @maxItems 100
     */
    make?: string[];
    /**
     * Model names.
     *
     * @maxItems 100
     */
    model?: string[];
    /**
     * Model-year range, inclusive. min must not exceed max.
     */
    year?: {
      /**
       * Earliest model year.
       */
      min?: number;
      /**
       * Latest model year.
       */
      max?: number;
    };
    /**
     * Body styles.
     *
     * @maxItems 11
     */
    bodyType?: (
      | 'SEDAN'
      | 'COUPE'
      | 'HATCHBACK'
      | 'WAGON'
      | 'SUV'
      | 'CROSSOVER'
      | 'TRUCK'
      | 'VAN'
      | 'MINIVAN'
      | 'CONVERTIBLE'
      | 'OTHER'
    )[];
    /**
     * Energy sources.
     *
     * @maxItems 8
     */
    fuelType?: (
      'GASOLINE' | 'DIESEL' | 'HYBRID' | 'PLUG_IN_HYBRID' | 'ELECTRIC' | 'NATURAL_GAS' | 'HYDROGEN' | 'OTHER'
    )[];
    /**
     * Price range, inclusive, in currency (USD when absent). min must not exceed max.
     */
    priceRange?: {
      min?: MoneyAmount;
      max?: MoneyAmount;
      currency?: CurrencyCode;
    };
    /**
     * Places: US state or Canadian province codes, ISO 3166-1 country codes or postal codes.
     *
     * @maxItems 500
     */
    location?: string[];
    /**
     * Lead statuses, for LEAD_UPDATES.
     *
     * @maxItems 15
     */
    leadStatus?: LeadStatus[];
  };
  /**
   * HTTPS URL of the webhook that receives the subscribed messages.
   */
  deliveryEndpoint?: string;
  /**
   * Wire format in which messages are delivered.
   */
  deliveryFormat?: 'JSON_EDI' | 'XML_EDI' | 'X12' | 'EDIFACT';
  /**
   * Whether deliveries are on; false pauses the subscription without ending it.
   */
  active?: boolean;
}
/**
 * The final outcome of a lead (won, lost, abandoned, reassigned, cancelled or duplicate), sent back by whoever closed it so that manufacturers, platforms and the original source learn how the lead ended.
 *
 * This interface was referenced by `LexMessage`'s JSON-Schema
 * via the `definition` "LeadClosurePayload".
 */
export interface LeadClosurePayload {
  /**
   * The leadId of the lead being closed, as its originator sent it.
   */
  originalLeadId: string;
  originalLeadSource?: LeadSource;
  /**
   * Page on which the lead was originally captured.
   */
  originalSourceURL?: string;
  leadCreatedDate?: UtcTimestamp;
  leadClosureDate: UtcTimestamp;
  /**
   * Whole days from leadCreatedDate to leadClosureDate.
   */
  leadLifecycleDays?: number;
  /**
   * How the lead ended.
   */
  closureStatus: 'WON' | 'LOST' | 'ABANDONED' | 'REASSIGNED' | 'CANCELLED' | 'DUPLICATE';
  /**
   * Why the lead ended this way: a WON reason for won leads, a LOST reason otherwise. Free-text explanations go in retailerNotes.
   */
  closureReason?:
    | 'CUSTOMER_PURCHASED_ASSET'
    | 'CUSTOMER_PURCHASED_ASSET_DIFFERENT_TRIM'
    | 'CUSTOMER_PURCHASED_ASSET_DIFFERENT_BRAND'
    | 'CUSTOMER_FINANCED_WITH_RETAILER'
    | 'CUSTOMER_FINANCED_WITH_THIRD_PARTY'
    | 'TRADE_IN_ACCEPTED'
    | 'EXTENDED_WARRANTY_ADDED'
    | 'SERVICE_PACKAGE_ADDED'
    | 'CUSTOMER_CHOSE_COMPETITOR'
    | 'CUSTOMER_PRICE_OBJECTION'
    | 'CUSTOMER_TIMING_ISSUE'
    | 'CUSTOMER_CREDIT_DECLINED'
    | 'CUSTOMER_UNRESPONSIVE'
    | 'CUSTOMER_ACCIDENT_OR_EVENT'
    | 'CUSTOMER_DECEASED'
    | 'DUPLICATE_LEAD'
    | 'INVALID_CONTACT_INFO';
  /**
   * The deal behind a WON (or CANCELLED) closure.
   */
  closureDetail?: {
    /**
     * The purchase is confirmed (contract signed or payment received).
     */
    purchaseConfirmed?: boolean;
    orderPlacedDate?: UtcTimestamp;
    actualDeliveryDate?: IsoDate;
    dealAmount?: MoneyAmount;
    currency?: CurrencyCode;
  };
  /**
   * What the customer actually bought; expected when closureStatus is WON.
   */
  purchasedProduct?: {
    /**
     * LEX product type code.
     */
    productType?: string;
    /**
     * Manufacturer or brand.
     */
    manufacturer?: string;
    /**
     * Model name.
     */
    model?: string;
    /**
     * Model year.
     */
    year?: number;
    /**
     * Trim level or variant.
     */
    trim?: string;
    /**
     * Vehicle identification number, for road vehicles: 17 characters, digits and capital letters except I, O and Q.
     */
    vin?: string;
    /**
     * Exterior colour.
     */
    color?: string;
  };
  /**
   * How the purchase turned out for the customer.
   */
  customerOutcome?: {
    /**
     * The closing party's customer id (not personal data itself).
     */
    customerId?: string;
    /**
     * The customer confirmed the purchase.
     */
    purchaseConfirmed?: boolean;
    /**
     * The purchase was financed.
     */
    financingUsed?: boolean;
    /**
     * How it was financed, as a code.
     */
    financingType?: string;
    /**
     * A trade-in was part of the deal.
     */
    tradeInAccepted?: boolean;
    estimatedDeliveryDate?: UtcTimestamp;
  };
  /**
   * For a DUPLICATE closure: the id of the lead kept as the canonical record.
   */
  duplicateOfLeadId?: string;
  /**
   * Free-text remarks of the closing retailer: what happened and why.
   */
  retailerNotes?: string;
  /**
   * Engagement figures over the life of the lead.
   */
  metrics?: {
    /**
     * Number of contacts with the customer.
     */
    interactionCount?: number;
    /**
     * Number of visits to the showroom or site.
     */
    showroomVisits?: number;
    /**
     * Number of test drives (demos, sea trials, flights) completed.
     */
    testDrivesCompleted?: number;
    /**
     * The closing retailer's rating of the lead's quality, 0 to 10.
     */
    retailerQualityScore?: number;
    /**
     * The customer's satisfaction rating, 0 to 5.
     */
    customerSatisfactionRating?: number;
  };
  organizationContext?: OrganizationContext;
}

/** The payload member each message type carries (from the envelope's messageType rules). */
export const PAYLOAD_MEMBER = {
  LEAD: 'lead',
  ASSET: 'asset',
  ACKNOWLEDGMENT: 'acknowledgment',
  SUBSCRIPTION: 'subscription',
  LEAD_CLOSURE: 'leadClosure',
} as const;
/** The payload type of each message type. */
export interface PayloadByType {
  LEAD: LeadPayload;
  ASSET: AssetPayload;
  ACKNOWLEDGMENT: AcknowledgmentPayload;
  SUBSCRIPTION: SubscriptionPayload;
  LEAD_CLOSURE: LeadClosurePayload;
}
