// Generated from schema/ by generators/src/emitters/xml.ts — do not edit. LEX 1.0.0
// The XML-EDI element map: one node per field of the field table, in schema order. The XML engine walks it; no
// field name appears in engine code.
export type XmlScalarType = 'string' | 'integer' | 'number' | 'boolean';
/** Output rule: use `element` when the object's member `member` is present and not one of `notIn`. */
export interface XmlVariant { element: string; when: { member: string; notIn: string[] } }
export interface XmlNode {
  /** JSON property name */
  name: string;
  /** JSON Pointer template (`*` = any array index or map key) */
  pointer: string;
  /** element path in the canonical output (`@` marks an attribute) */
  path: string;
  /** canonical element or attribute name; for unwrapped arrays, the name of each repeated item */
  element: string;
  /** other names accepted on input */
  aliases?: string[];
  kind: 'scalar' | 'object' | 'array' | 'map';
  /** JSON type of the scalar, of each scalar array item, or of each map value */
  type?: XmlScalarType;
  required?: true;
  attribute?: true;
  /** arrays and maps: whether the items sit inside the wrapper element `element` */
  wrapper?: boolean;
  /** arrays and maps: the element of each item */
  itemElement?: string;
  /** maps: the attribute holding each entry's key */
  keyAttribute?: string;
  /** unwrapped arrays: wrapper names tolerated on input */
  wrapperAliases?: string[];
  /** object members, or the members of each array item */
  children?: XmlNode[];
  variants?: XmlVariant[];
}
export const LEX_VERSION = "1.0.0";
export const XML_NAMESPACE = "https://lexstandard.org/schema/1.0";
/** Element wrapping many <lex> documents (batches, streams). */
export const XML_BATCH_ELEMENT = "lexBatch";
/** Patterns the XSD leaves to the JSON validator (XSD regular expressions cannot express them). */
export const XSD_UNTRANSLATED_PATTERNS: { pointer: string; pattern: string; reason: string }[] = [];
export const XML_ROOT: XmlNode = {
 "name": "lex",
 "pointer": "/lex",
 "path": "/lex",
 "element": "lex",
 "kind": "object",
 "required": true,
 "children": [
  {
   "name": "version",
   "pointer": "/lex/version",
   "path": "/lex/@version",
   "element": "version",
   "kind": "scalar",
   "required": true,
   "attribute": true,
   "type": "string"
  },
  {
   "name": "header",
   "pointer": "/lex/header",
   "path": "/lex/Header",
   "element": "Header",
   "kind": "object",
   "required": true,
   "children": [
    {
     "name": "messageId",
     "pointer": "/lex/header/messageId",
     "path": "/lex/Header/MessageId",
     "element": "MessageId",
     "kind": "scalar",
     "required": true,
     "type": "string"
    },
    {
     "name": "messageType",
     "pointer": "/lex/header/messageType",
     "path": "/lex/Header/MessageType",
     "element": "MessageType",
     "kind": "scalar",
     "required": true,
     "type": "string"
    },
    {
     "name": "timestamp",
     "pointer": "/lex/header/timestamp",
     "path": "/lex/Header/Timestamp",
     "element": "Timestamp",
     "kind": "scalar",
     "required": true,
     "type": "string"
    },
    {
     "name": "senderId",
     "pointer": "/lex/header/senderId",
     "path": "/lex/Header/SenderId",
     "element": "SenderId",
     "kind": "scalar",
     "required": true,
     "type": "string"
    },
    {
     "name": "receiverId",
     "pointer": "/lex/header/receiverId",
     "path": "/lex/Header/ReceiverId",
     "element": "ReceiverId",
     "kind": "scalar",
     "required": true,
     "type": "string"
    },
    {
     "name": "correlationId",
     "pointer": "/lex/header/correlationId",
     "path": "/lex/Header/CorrelationId",
     "element": "CorrelationId",
     "kind": "scalar",
     "type": "string"
    },
    {
     "name": "ttl",
     "pointer": "/lex/header/ttl",
     "path": "/lex/Header/Ttl",
     "element": "Ttl",
     "kind": "object",
     "children": [
      {
       "name": "maxAgeSeconds",
       "pointer": "/lex/header/ttl/maxAgeSeconds",
       "path": "/lex/Header/Ttl/MaxAgeSeconds",
       "element": "MaxAgeSeconds",
       "kind": "scalar",
       "type": "integer"
      },
      {
       "name": "expiresAt",
       "pointer": "/lex/header/ttl/expiresAt",
       "path": "/lex/Header/Ttl/ExpiresAt",
       "element": "ExpiresAt",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "onExpiry",
       "pointer": "/lex/header/ttl/onExpiry",
       "path": "/lex/Header/Ttl/OnExpiry",
       "element": "OnExpiry",
       "kind": "scalar",
       "type": "string"
      }
     ]
    },
    {
     "name": "retryContext",
     "pointer": "/lex/header/retryContext",
     "path": "/lex/Header/RetryContext",
     "element": "RetryContext",
     "kind": "object",
     "children": [
      {
       "name": "attemptNumber",
       "pointer": "/lex/header/retryContext/attemptNumber",
       "path": "/lex/Header/RetryContext/AttemptNumber",
       "element": "AttemptNumber",
       "kind": "scalar",
       "required": true,
       "type": "integer"
      },
      {
       "name": "maxAttempts",
       "pointer": "/lex/header/retryContext/maxAttempts",
       "path": "/lex/Header/RetryContext/MaxAttempts",
       "element": "MaxAttempts",
       "kind": "scalar",
       "type": "integer"
      },
      {
       "name": "originalTimestamp",
       "pointer": "/lex/header/retryContext/originalTimestamp",
       "path": "/lex/Header/RetryContext/OriginalTimestamp",
       "element": "OriginalTimestamp",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "lastFailureReason",
       "pointer": "/lex/header/retryContext/lastFailureReason",
       "path": "/lex/Header/RetryContext/LastFailureReason",
       "element": "LastFailureReason",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "lastAttemptTimestamp",
       "pointer": "/lex/header/retryContext/lastAttemptTimestamp",
       "path": "/lex/Header/RetryContext/LastAttemptTimestamp",
       "element": "LastAttemptTimestamp",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "nextAttemptTimestamp",
       "pointer": "/lex/header/retryContext/nextAttemptTimestamp",
       "path": "/lex/Header/RetryContext/NextAttemptTimestamp",
       "element": "NextAttemptTimestamp",
       "kind": "scalar",
       "type": "string"
      }
     ]
    }
   ]
  },
  {
   "name": "payload",
   "pointer": "/lex/payload",
   "path": "/lex/Payload",
   "element": "Payload",
   "kind": "object",
   "required": true,
   "children": [
    {
     "name": "lead",
     "pointer": "/lex/payload/lead",
     "path": "/lex/Payload/Lead",
     "element": "Lead",
     "kind": "object",
     "children": [
      {
       "name": "leadId",
       "pointer": "/lex/payload/lead/leadId",
       "path": "/lex/Payload/Lead/LeadId",
       "element": "LeadId",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "status",
       "pointer": "/lex/payload/lead/status",
       "path": "/lex/Payload/Lead/Status",
       "element": "Status",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "source",
       "pointer": "/lex/payload/lead/source",
       "path": "/lex/Payload/Lead/Source",
       "element": "Source",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "leadType",
       "pointer": "/lex/payload/lead/leadType",
       "path": "/lex/Payload/Lead/LeadType",
       "element": "LeadType",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "parentOrderId",
       "pointer": "/lex/payload/lead/parentOrderId",
       "path": "/lex/Payload/Lead/ParentOrderId",
       "element": "ParentOrderId",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "customer",
       "pointer": "/lex/payload/lead/customer",
       "path": "/lex/Payload/Lead/Customer",
       "element": "Customer",
       "kind": "object",
       "required": true,
       "children": [
        {
         "name": "firstName",
         "pointer": "/lex/payload/lead/customer/firstName",
         "path": "/lex/Payload/Lead/Customer/FirstName",
         "element": "FirstName",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "lastName",
         "pointer": "/lex/payload/lead/customer/lastName",
         "path": "/lex/Payload/Lead/Customer/LastName",
         "element": "LastName",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "email",
         "pointer": "/lex/payload/lead/customer/email",
         "path": "/lex/Payload/Lead/Customer/Email",
         "element": "Email",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "phone",
         "pointer": "/lex/payload/lead/customer/phone",
         "path": "/lex/Payload/Lead/Customer/Phone",
         "element": "Phone",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "address",
         "pointer": "/lex/payload/lead/customer/address",
         "path": "/lex/Payload/Lead/Customer/Address",
         "element": "Address",
         "kind": "object",
         "required": true,
         "children": [
          {
           "name": "street1",
           "pointer": "/lex/payload/lead/customer/address/street1",
           "path": "/lex/Payload/Lead/Customer/Address/Street1",
           "element": "Street1",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "street2",
           "pointer": "/lex/payload/lead/customer/address/street2",
           "path": "/lex/Payload/Lead/Customer/Address/Street2",
           "element": "Street2",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "city",
           "pointer": "/lex/payload/lead/customer/address/city",
           "path": "/lex/Payload/Lead/Customer/Address/City",
           "element": "City",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "state",
           "pointer": "/lex/payload/lead/customer/address/state",
           "path": "/lex/Payload/Lead/Customer/Address/State",
           "element": "State",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "postalCode",
           "pointer": "/lex/payload/lead/customer/address/postalCode",
           "path": "/lex/Payload/Lead/Customer/Address/PostalCode",
           "element": "PostalCode",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "country",
           "pointer": "/lex/payload/lead/customer/address/country",
           "path": "/lex/Payload/Lead/Customer/Address/Country",
           "element": "Country",
           "kind": "scalar",
           "required": true,
           "type": "string"
          }
         ]
        },
        {
         "name": "dateOfBirth",
         "pointer": "/lex/payload/lead/customer/dateOfBirth",
         "path": "/lex/Payload/Lead/Customer/DateOfBirth",
         "element": "DateOfBirth",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "preferences",
         "pointer": "/lex/payload/lead/customer/preferences",
         "path": "/lex/Payload/Lead/Customer/Preferences",
         "element": "Preferences",
         "kind": "object",
         "children": [
          {
           "name": "preferredContactMethod",
           "pointer": "/lex/payload/lead/customer/preferences/preferredContactMethod",
           "path": "/lex/Payload/Lead/Customer/Preferences/PreferredContactMethod",
           "element": "PreferredContactMethod",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "preferredContactTime",
           "pointer": "/lex/payload/lead/customer/preferences/preferredContactTime",
           "path": "/lex/Payload/Lead/Customer/Preferences/PreferredContactTime",
           "element": "PreferredContactTime",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "doNotCall",
           "pointer": "/lex/payload/lead/customer/preferences/doNotCall",
           "path": "/lex/Payload/Lead/Customer/Preferences/DoNotCall",
           "element": "DoNotCall",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "doNotEmail",
           "pointer": "/lex/payload/lead/customer/preferences/doNotEmail",
           "path": "/lex/Payload/Lead/Customer/Preferences/DoNotEmail",
           "element": "DoNotEmail",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "doNotText",
           "pointer": "/lex/payload/lead/customer/preferences/doNotText",
           "path": "/lex/Payload/Lead/Customer/Preferences/DoNotText",
           "element": "DoNotText",
           "kind": "scalar",
           "type": "boolean"
          }
         ]
        },
        {
         "name": "creditTier",
         "pointer": "/lex/payload/lead/customer/creditTier",
         "path": "/lex/Payload/Lead/Customer/CreditTier",
         "element": "CreditTier",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "fleetBuyer",
         "pointer": "/lex/payload/lead/customer/fleetBuyer",
         "path": "/lex/Payload/Lead/Customer/FleetBuyer",
         "element": "FleetBuyer",
         "kind": "object",
         "children": [
          {
           "name": "isFleet",
           "pointer": "/lex/payload/lead/customer/fleetBuyer/isFleet",
           "path": "/lex/Payload/Lead/Customer/FleetBuyer/IsFleet",
           "element": "IsFleet",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "fleetSize",
           "pointer": "/lex/payload/lead/customer/fleetBuyer/fleetSize",
           "path": "/lex/Payload/Lead/Customer/FleetBuyer/FleetSize",
           "element": "FleetSize",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "unitsToOrder",
           "pointer": "/lex/payload/lead/customer/fleetBuyer/unitsToOrder",
           "path": "/lex/Payload/Lead/Customer/FleetBuyer/UnitsToOrder",
           "element": "UnitsToOrder",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "fleetManagerName",
           "pointer": "/lex/payload/lead/customer/fleetBuyer/fleetManagerName",
           "path": "/lex/Payload/Lead/Customer/FleetBuyer/FleetManagerName",
           "element": "FleetManagerName",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "fleetManagerEmail",
           "pointer": "/lex/payload/lead/customer/fleetBuyer/fleetManagerEmail",
           "path": "/lex/Payload/Lead/Customer/FleetBuyer/FleetManagerEmail",
           "element": "FleetManagerEmail",
           "kind": "scalar",
           "type": "string"
          }
         ]
        }
       ]
      },
      {
       "name": "desiredProduct",
       "pointer": "/lex/payload/lead/desiredProduct",
       "path": "/lex/Payload/Lead/DesiredVehicle",
       "element": "DesiredVehicle",
       "kind": "object",
       "required": true,
       "aliases": [
        "DesiredAsset",
        "DesiredProduct"
       ],
       "children": [
        {
         "name": "assetClass",
         "pointer": "/lex/payload/lead/desiredProduct/assetClass",
         "path": "/lex/Payload/Lead/DesiredVehicle/AssetClass",
         "element": "AssetClass",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "make",
         "pointer": "/lex/payload/lead/desiredProduct/make",
         "path": "/lex/Payload/Lead/DesiredVehicle/Make",
         "element": "Make",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "model",
         "pointer": "/lex/payload/lead/desiredProduct/model",
         "path": "/lex/Payload/Lead/DesiredVehicle/Model",
         "element": "Model",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "year",
         "pointer": "/lex/payload/lead/desiredProduct/year",
         "path": "/lex/Payload/Lead/DesiredVehicle/Year",
         "element": "Year",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "trim",
         "pointer": "/lex/payload/lead/desiredProduct/trim",
         "path": "/lex/Payload/Lead/DesiredVehicle/Trim",
         "element": "Trim",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "condition",
         "pointer": "/lex/payload/lead/desiredProduct/condition",
         "path": "/lex/Payload/Lead/DesiredVehicle/Condition",
         "element": "Condition",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "bodyType",
         "pointer": "/lex/payload/lead/desiredProduct/bodyType",
         "path": "/lex/Payload/Lead/DesiredVehicle/BodyType",
         "element": "BodyType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "transmission",
         "pointer": "/lex/payload/lead/desiredProduct/transmission",
         "path": "/lex/Payload/Lead/DesiredVehicle/Transmission",
         "element": "Transmission",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "fuelType",
         "pointer": "/lex/payload/lead/desiredProduct/fuelType",
         "path": "/lex/Payload/Lead/DesiredVehicle/FuelType",
         "element": "FuelType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "color",
         "pointer": "/lex/payload/lead/desiredProduct/color",
         "path": "/lex/Payload/Lead/DesiredVehicle/Color",
         "element": "Color",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "desiredFeatures",
         "pointer": "/lex/payload/lead/desiredProduct/desiredFeatures",
         "path": "/lex/Payload/Lead/DesiredVehicle/DesiredFeatures",
         "element": "DesiredFeatures",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Feature",
         "type": "string"
        },
        {
         "name": "excludedFeatures",
         "pointer": "/lex/payload/lead/desiredProduct/excludedFeatures",
         "path": "/lex/Payload/Lead/DesiredVehicle/ExcludedFeatures",
         "element": "ExcludedFeatures",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Feature",
         "type": "string"
        },
        {
         "name": "priceRange",
         "pointer": "/lex/payload/lead/desiredProduct/priceRange",
         "path": "/lex/Payload/Lead/DesiredVehicle/PriceRange",
         "element": "PriceRange",
         "kind": "object",
         "children": [
          {
           "name": "minUSD",
           "pointer": "/lex/payload/lead/desiredProduct/priceRange/minUSD",
           "path": "/lex/Payload/Lead/DesiredVehicle/PriceRange/MinUSD",
           "element": "MinUSD",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "maxUSD",
           "pointer": "/lex/payload/lead/desiredProduct/priceRange/maxUSD",
           "path": "/lex/Payload/Lead/DesiredVehicle/PriceRange/MaxUSD",
           "element": "MaxUSD",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "currency",
           "pointer": "/lex/payload/lead/desiredProduct/priceRange/currency",
           "path": "/lex/Payload/Lead/DesiredVehicle/PriceRange/Currency",
           "element": "Currency",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "installedOptions",
         "pointer": "/lex/payload/lead/desiredProduct/installedOptions",
         "path": "/lex/Payload/Lead/DesiredVehicle/InstalledOption",
         "element": "InstalledOption",
         "kind": "array",
         "wrapper": false,
         "itemElement": "InstalledOption",
         "wrapperAliases": [
          "InstalledOptions"
         ],
         "children": [
          {
           "name": "name",
           "pointer": "/lex/payload/lead/desiredProduct/installedOptions/*/name",
           "path": "/lex/Payload/Lead/DesiredVehicle/InstalledOption/Name",
           "element": "Name",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "source",
           "pointer": "/lex/payload/lead/desiredProduct/installedOptions/*/source",
           "path": "/lex/Payload/Lead/DesiredVehicle/InstalledOption/Source",
           "element": "Source",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "partNumber",
           "pointer": "/lex/payload/lead/desiredProduct/installedOptions/*/partNumber",
           "path": "/lex/Payload/Lead/DesiredVehicle/InstalledOption/PartNumber",
           "element": "PartNumber",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "estimatedValue",
           "pointer": "/lex/payload/lead/desiredProduct/installedOptions/*/estimatedValue",
           "path": "/lex/Payload/Lead/DesiredVehicle/InstalledOption/EstimatedValue",
           "element": "EstimatedValue",
           "kind": "scalar",
           "type": "number"
          }
         ]
        },
        {
         "name": "factoryOrderPreference",
         "pointer": "/lex/payload/lead/desiredProduct/factoryOrderPreference",
         "path": "/lex/Payload/Lead/DesiredVehicle/FactoryOrderPreference",
         "element": "FactoryOrderPreference",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "evSpecifications",
         "pointer": "/lex/payload/lead/desiredProduct/evSpecifications",
         "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications",
         "element": "EvSpecifications",
         "kind": "object",
         "children": [
          {
           "name": "isElectric",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/isElectric",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/IsElectric",
           "element": "IsElectric",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "drivetrainType",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/drivetrainType",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/DrivetrainType",
           "element": "DrivetrainType",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "batteryCapacityKwh",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/batteryCapacityKwh",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/BatteryCapacityKwh",
           "element": "BatteryCapacityKwh",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "estimatedRangeKm",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/estimatedRangeKm",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/EstimatedRangeKm",
           "element": "EstimatedRangeKm",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "rangeStandard",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeStandard",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeStandard",
           "element": "RangeStandard",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "rangeByStandardKm",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm",
           "element": "RangeByStandardKm",
           "kind": "object",
           "children": [
            {
             "name": "epa",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/epa",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm/Epa",
             "element": "Epa",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "wltp",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/wltp",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm/Wltp",
             "element": "Wltp",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "cltc",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/cltc",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm/Cltc",
             "element": "Cltc",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "nedc",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/nedc",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm/Nedc",
             "element": "Nedc",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "wltc",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/wltc",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm/Wltc",
             "element": "Wltc",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "jc08",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/rangeByStandardKm/jc08",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/RangeByStandardKm/Jc08",
             "element": "Jc08",
             "kind": "scalar",
             "type": "number"
            }
           ]
          },
          {
           "name": "minimumRangeKm",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/minimumRangeKm",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/MinimumRangeKm",
           "element": "MinimumRangeKm",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "chargePort",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePort",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePort",
           "element": "ChargePort",
           "kind": "object",
           "children": [
            {
             "name": "connectorType",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/connectorType",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePort/ConnectorType",
             "element": "ConnectorType",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "acLevel",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/acLevel",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePort/AcLevel",
             "element": "AcLevel",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "dcConnectorType",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/dcConnectorType",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePort/DcConnectorType",
             "element": "DcConnectorType",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "maxAcChargingKw",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/maxAcChargingKw",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePort/MaxAcChargingKw",
             "element": "MaxAcChargingKw",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "maxDcChargingKw",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePort/maxDcChargingKw",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePort/MaxDcChargingKw",
             "element": "MaxDcChargingKw",
             "kind": "scalar",
             "type": "number"
            }
           ]
          },
          {
           "name": "chargePortPreferences",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargePortPreferences",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargePortPreferences",
           "element": "ChargePortPreferences",
           "kind": "array",
           "wrapper": true,
           "itemElement": "ConnectorType",
           "type": "string"
          },
          {
           "name": "batteryWarranty",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/BatteryWarranty",
           "element": "BatteryWarranty",
           "kind": "object",
           "children": [
            {
             "name": "years",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty/years",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/BatteryWarranty/Years",
             "element": "Years",
             "kind": "scalar",
             "type": "integer"
            },
            {
             "name": "km",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty/km",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/BatteryWarranty/Km",
             "element": "Km",
             "kind": "scalar",
             "type": "integer"
            },
            {
             "name": "minimumRetainedCapacityPct",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/batteryWarranty/minimumRetainedCapacityPct",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/BatteryWarranty/MinimumRetainedCapacityPct",
             "element": "MinimumRetainedCapacityPct",
             "kind": "scalar",
             "type": "number"
            }
           ]
          },
          {
           "name": "homeChargingInterest",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/HomeChargingInterest",
           "element": "HomeChargingInterest",
           "kind": "object",
           "children": [
            {
             "name": "hasHomeCharger",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest/hasHomeCharger",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/HomeChargingInterest/HasHomeCharger",
             "element": "HasHomeCharger",
             "kind": "scalar",
             "type": "boolean"
            },
            {
             "name": "interestedInInstallation",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest/interestedInInstallation",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/HomeChargingInterest/InterestedInInstallation",
             "element": "InterestedInInstallation",
             "kind": "scalar",
             "type": "boolean"
            },
            {
             "name": "parkingType",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/homeChargingInterest/parkingType",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/HomeChargingInterest/ParkingType",
             "element": "ParkingType",
             "kind": "scalar",
             "type": "string"
            }
           ]
          },
          {
           "name": "taxCreditEligibility",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility",
           "element": "TaxCreditEligibility",
           "kind": "object",
           "children": [
            {
             "name": "region",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/region",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/Region",
             "element": "Region",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "federalCreditUSD",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/federalCreditUSD",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/FederalCreditUSD",
             "element": "FederalCreditUSD",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "stateCreditUSD",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/stateCreditUSD",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/StateCreditUSD",
             "element": "StateCreditUSD",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "currency",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/currency",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/Currency",
             "element": "Currency",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "programCode",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/programCode",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/ProgramCode",
             "element": "ProgramCode",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "eligibilityNotes",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/eligibilityNotes",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/EligibilityNotes",
             "element": "EligibilityNotes",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "asOf",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/taxCreditEligibility/asOf",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/TaxCreditEligibility/AsOf",
             "element": "AsOf",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "chargingInfrastructureAwareness",
           "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness",
           "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargingInfrastructureAwareness",
           "element": "ChargingInfrastructureAwareness",
           "kind": "object",
           "children": [
            {
             "name": "nearestDcFastChargerKm",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness/nearestDcFastChargerKm",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargingInfrastructureAwareness/NearestDcFastChargerKm",
             "element": "NearestDcFastChargerKm",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "nearestL2ChargerKm",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness/nearestL2ChargerKm",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargingInfrastructureAwareness/NearestL2ChargerKm",
             "element": "NearestL2ChargerKm",
             "kind": "scalar",
             "type": "number"
            },
            {
             "name": "customerChargingAnxiety",
             "pointer": "/lex/payload/lead/desiredProduct/evSpecifications/chargingInfrastructureAwareness/customerChargingAnxiety",
             "path": "/lex/Payload/Lead/DesiredVehicle/EvSpecifications/ChargingInfrastructureAwareness/CustomerChargingAnxiety",
             "element": "CustomerChargingAnxiety",
             "kind": "scalar",
             "type": "string"
            }
           ]
          }
         ]
        }
       ],
       "variants": [
        {
         "element": "DesiredAsset",
         "when": {
          "member": "assetClass",
          "notIn": [
           "AUTOMOTIVE"
          ]
         }
        }
       ]
      },
      {
       "name": "tradeIn",
       "pointer": "/lex/payload/lead/tradeIn",
       "path": "/lex/Payload/Lead/TradeIn",
       "element": "TradeIn",
       "kind": "object",
       "children": [
        {
         "name": "year",
         "pointer": "/lex/payload/lead/tradeIn/year",
         "path": "/lex/Payload/Lead/TradeIn/Year",
         "element": "Year",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "make",
         "pointer": "/lex/payload/lead/tradeIn/make",
         "path": "/lex/Payload/Lead/TradeIn/Make",
         "element": "Make",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "model",
         "pointer": "/lex/payload/lead/tradeIn/model",
         "path": "/lex/Payload/Lead/TradeIn/Model",
         "element": "Model",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "vin",
         "pointer": "/lex/payload/lead/tradeIn/vin",
         "path": "/lex/Payload/Lead/TradeIn/Vin",
         "element": "Vin",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "mileage",
         "pointer": "/lex/payload/lead/tradeIn/mileage",
         "path": "/lex/Payload/Lead/TradeIn/Mileage",
         "element": "Mileage",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "condition",
         "pointer": "/lex/payload/lead/tradeIn/condition",
         "path": "/lex/Payload/Lead/TradeIn/Condition",
         "element": "Condition",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "estimatedValue",
         "pointer": "/lex/payload/lead/tradeIn/estimatedValue",
         "path": "/lex/Payload/Lead/TradeIn/EstimatedValue",
         "element": "EstimatedValue",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "odometerStatus",
         "pointer": "/lex/payload/lead/tradeIn/odometerStatus",
         "path": "/lex/Payload/Lead/TradeIn/OdometerStatus",
         "element": "OdometerStatus",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "titleStatus",
         "pointer": "/lex/payload/lead/tradeIn/titleStatus",
         "path": "/lex/Payload/Lead/TradeIn/TitleStatus",
         "element": "TitleStatus",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "payoffAmount",
         "pointer": "/lex/payload/lead/tradeIn/payoffAmount",
         "path": "/lex/Payload/Lead/TradeIn/PayoffAmount",
         "element": "PayoffAmount",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "payoffCurrency",
         "pointer": "/lex/payload/lead/tradeIn/payoffCurrency",
         "path": "/lex/Payload/Lead/TradeIn/PayoffCurrency",
         "element": "PayoffCurrency",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "previousOwnerCount",
         "pointer": "/lex/payload/lead/tradeIn/previousOwnerCount",
         "path": "/lex/Payload/Lead/TradeIn/PreviousOwnerCount",
         "element": "PreviousOwnerCount",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "accidentHistory",
         "pointer": "/lex/payload/lead/tradeIn/accidentHistory",
         "path": "/lex/Payload/Lead/TradeIn/AccidentHistory",
         "element": "AccidentHistory",
         "kind": "object",
         "children": [
          {
           "name": "accidentCount",
           "pointer": "/lex/payload/lead/tradeIn/accidentHistory/accidentCount",
           "path": "/lex/Payload/Lead/TradeIn/AccidentHistory/AccidentCount",
           "element": "AccidentCount",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "airbagDeployed",
           "pointer": "/lex/payload/lead/tradeIn/accidentHistory/airbagDeployed",
           "path": "/lex/Payload/Lead/TradeIn/AccidentHistory/AirbagDeployed",
           "element": "AirbagDeployed",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "structuralDamage",
           "pointer": "/lex/payload/lead/tradeIn/accidentHistory/structuralDamage",
           "path": "/lex/Payload/Lead/TradeIn/AccidentHistory/StructuralDamage",
           "element": "StructuralDamage",
           "kind": "scalar",
           "type": "boolean"
          }
         ]
        },
        {
         "name": "vehicleHistoryReport",
         "pointer": "/lex/payload/lead/tradeIn/vehicleHistoryReport",
         "path": "/lex/Payload/Lead/TradeIn/VehicleHistoryReport",
         "element": "VehicleHistoryReport",
         "kind": "object",
         "children": [
          {
           "name": "provider",
           "pointer": "/lex/payload/lead/tradeIn/vehicleHistoryReport/provider",
           "path": "/lex/Payload/Lead/TradeIn/VehicleHistoryReport/Provider",
           "element": "Provider",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "reportId",
           "pointer": "/lex/payload/lead/tradeIn/vehicleHistoryReport/reportId",
           "path": "/lex/Payload/Lead/TradeIn/VehicleHistoryReport/ReportId",
           "element": "ReportId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "reportUrl",
           "pointer": "/lex/payload/lead/tradeIn/vehicleHistoryReport/reportUrl",
           "path": "/lex/Payload/Lead/TradeIn/VehicleHistoryReport/ReportUrl",
           "element": "ReportUrl",
           "kind": "scalar",
           "type": "string"
          }
         ]
        }
       ]
      },
      {
       "name": "financing",
       "pointer": "/lex/payload/lead/financing",
       "path": "/lex/Payload/Lead/Financing",
       "element": "Financing",
       "kind": "object",
       "children": [
        {
         "name": "interestedInFinancing",
         "pointer": "/lex/payload/lead/financing/interestedInFinancing",
         "path": "/lex/Payload/Lead/Financing/InterestedInFinancing",
         "element": "InterestedInFinancing",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "preferredLoanTerm",
         "pointer": "/lex/payload/lead/financing/preferredLoanTerm",
         "path": "/lex/Payload/Lead/Financing/PreferredLoanTerm",
         "element": "PreferredLoanTerm",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "downPaymentRange",
         "pointer": "/lex/payload/lead/financing/downPaymentRange",
         "path": "/lex/Payload/Lead/Financing/DownPaymentRange",
         "element": "DownPaymentRange",
         "kind": "object",
         "children": [
          {
           "name": "minUSD",
           "pointer": "/lex/payload/lead/financing/downPaymentRange/minUSD",
           "path": "/lex/Payload/Lead/Financing/DownPaymentRange/MinUSD",
           "element": "MinUSD",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "maxUSD",
           "pointer": "/lex/payload/lead/financing/downPaymentRange/maxUSD",
           "path": "/lex/Payload/Lead/Financing/DownPaymentRange/MaxUSD",
           "element": "MaxUSD",
           "kind": "scalar",
           "type": "number"
          }
         ]
        },
        {
         "name": "creditTierPreference",
         "pointer": "/lex/payload/lead/financing/creditTierPreference",
         "path": "/lex/Payload/Lead/Financing/CreditTierPreference",
         "element": "CreditTierPreference",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "incentives",
         "pointer": "/lex/payload/lead/financing/incentives",
         "path": "/lex/Payload/Lead/Financing/Incentive",
         "element": "Incentive",
         "kind": "array",
         "wrapper": false,
         "itemElement": "Incentive",
         "wrapperAliases": [
          "Incentives"
         ],
         "children": [
          {
           "name": "description",
           "pointer": "/lex/payload/lead/financing/incentives/*/description",
           "path": "/lex/Payload/Lead/Financing/Incentive/Description",
           "element": "Description",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "amountUSD",
           "pointer": "/lex/payload/lead/financing/incentives/*/amountUSD",
           "path": "/lex/Payload/Lead/Financing/Incentive/AmountUSD",
           "element": "AmountUSD",
           "kind": "scalar",
           "type": "number"
          }
         ]
        }
       ]
      },
      {
       "name": "metadata",
       "pointer": "/lex/payload/lead/metadata",
       "path": "/lex/Payload/Lead/Metadata",
       "element": "Metadata",
       "kind": "object",
       "children": [
        {
         "name": "createdAt",
         "pointer": "/lex/payload/lead/metadata/createdAt",
         "path": "/lex/Payload/Lead/Metadata/CreatedAt",
         "element": "CreatedAt",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "updatedAt",
         "pointer": "/lex/payload/lead/metadata/updatedAt",
         "path": "/lex/Payload/Lead/Metadata/UpdatedAt",
         "element": "UpdatedAt",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "expirationDate",
         "pointer": "/lex/payload/lead/metadata/expirationDate",
         "path": "/lex/Payload/Lead/Metadata/ExpirationDate",
         "element": "ExpirationDate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "priority",
         "pointer": "/lex/payload/lead/metadata/priority",
         "path": "/lex/Payload/Lead/Metadata/Priority",
         "element": "Priority",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "ownershipChain",
         "pointer": "/lex/payload/lead/metadata/ownershipChain",
         "path": "/lex/Payload/Lead/Metadata/OwnershipChain",
         "element": "OwnershipChain",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Owner",
         "type": "string"
        },
        {
         "name": "customFields",
         "pointer": "/lex/payload/lead/metadata/customFields",
         "path": "/lex/Payload/Lead/Metadata/CustomFields",
         "element": "CustomFields",
         "kind": "map",
         "type": "string",
         "wrapper": true,
         "itemElement": "Field",
         "keyAttribute": "name"
        },
        {
         "name": "compliance",
         "pointer": "/lex/payload/lead/metadata/compliance",
         "path": "/lex/Payload/Lead/Metadata/Compliance",
         "element": "Compliance",
         "kind": "object",
         "children": [
          {
           "name": "consentRecord",
           "pointer": "/lex/payload/lead/metadata/compliance/consentRecord",
           "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord",
           "element": "ConsentRecord",
           "kind": "object",
           "children": [
            {
             "name": "collectedAt",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/collectedAt",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/CollectedAt",
             "element": "CollectedAt",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "consentCollectionMethod",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/consentCollectionMethod",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/ConsentCollectionMethod",
             "element": "ConsentCollectionMethod",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "consentGivenBy",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/consentGivenBy",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/ConsentGivenBy",
             "element": "ConsentGivenBy",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "consentFormVersion",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/consentFormVersion",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/ConsentFormVersion",
             "element": "ConsentFormVersion",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "consentFormUrl",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/consentFormUrl",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/ConsentFormUrl",
             "element": "ConsentFormUrl",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "purposeCodes",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/purposeCodes",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/PurposeCodes",
             "element": "PurposeCodes",
             "kind": "array",
             "wrapper": true,
             "itemElement": "PurposeCode",
             "type": "string"
            },
            {
             "name": "marketingConsent",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent",
             "element": "MarketingConsent",
             "kind": "object",
             "children": [
              {
               "name": "email",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/email",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/Email",
               "element": "Email",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "sms",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/sms",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/Sms",
               "element": "Sms",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "pushNotification",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/pushNotification",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/PushNotification",
               "element": "PushNotification",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "whatsapp",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/whatsapp",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/Whatsapp",
               "element": "Whatsapp",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "postalMail",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/postalMail",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/PostalMail",
               "element": "PostalMail",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "thirdPartySharing",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/thirdPartySharing",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/ThirdPartySharing",
               "element": "ThirdPartySharing",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "profilingAllowed",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/marketingConsent/profilingAllowed",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/MarketingConsent/ProfilingAllowed",
               "element": "ProfilingAllowed",
               "kind": "scalar",
               "type": "boolean"
              }
             ]
            },
            {
             "name": "tcpa",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa",
             "element": "Tcpa",
             "kind": "object",
             "children": [
              {
               "name": "granted",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/granted",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/Granted",
               "element": "Granted",
               "kind": "scalar",
               "required": true,
               "type": "boolean"
              },
              {
               "name": "timestamp",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/timestamp",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/Timestamp",
               "element": "Timestamp",
               "kind": "scalar",
               "required": true,
               "type": "string"
              },
              {
               "name": "channels",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/channels",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/Channels",
               "element": "Channels",
               "kind": "array",
               "required": true,
               "wrapper": true,
               "itemElement": "Channel",
               "type": "string"
              },
              {
               "name": "ipAddress",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/ipAddress",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/IpAddress",
               "element": "IpAddress",
               "kind": "scalar",
               "required": true,
               "type": "string"
              },
              {
               "name": "userAgent",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/userAgent",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/UserAgent",
               "element": "UserAgent",
               "kind": "scalar",
               "type": "string"
              },
              {
               "name": "consentVersion",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/consentVersion",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/ConsentVersion",
               "element": "ConsentVersion",
               "kind": "scalar",
               "required": true,
               "type": "string"
              },
              {
               "name": "expiryDate",
               "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/tcpa/expiryDate",
               "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/Tcpa/ExpiryDate",
               "element": "ExpiryDate",
               "kind": "scalar",
               "type": "string"
              }
             ]
            },
            {
             "name": "consentWithdrawnAt",
             "pointer": "/lex/payload/lead/metadata/compliance/consentRecord/consentWithdrawnAt",
             "path": "/lex/Payload/Lead/Metadata/Compliance/ConsentRecord/ConsentWithdrawnAt",
             "element": "ConsentWithdrawnAt",
             "kind": "scalar",
             "type": "string"
            }
           ]
          },
          {
           "name": "gdpr",
           "pointer": "/lex/payload/lead/metadata/compliance/gdpr",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr",
           "element": "Gdpr",
           "kind": "object",
           "children": [
            {
             "name": "legalBasis",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/legalBasis",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/LegalBasis",
             "element": "LegalBasis",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "purposeCodes",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/purposeCodes",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/PurposeCodes",
             "element": "PurposeCodes",
             "kind": "array",
             "required": true,
             "wrapper": true,
             "itemElement": "PurposeCode",
             "type": "string"
            },
            {
             "name": "dataController",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/dataController",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/DataController",
             "element": "DataController",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "processorList",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/processorList",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/ProcessorList",
             "element": "ProcessorList",
             "kind": "array",
             "wrapper": true,
             "itemElement": "Processor",
             "type": "string"
            },
            {
             "name": "retentionPeriodDays",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/retentionPeriodDays",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/RetentionPeriodDays",
             "element": "RetentionPeriodDays",
             "kind": "scalar",
             "required": true,
             "type": "integer"
            },
            {
             "name": "subjectRights",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/subjectRights",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/SubjectRights",
             "element": "SubjectRights",
             "kind": "object",
             "children": [
              {
               "name": "rightToAccess",
               "pointer": "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToAccess",
               "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/SubjectRights/RightToAccess",
               "element": "RightToAccess",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "rightToErasure",
               "pointer": "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToErasure",
               "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/SubjectRights/RightToErasure",
               "element": "RightToErasure",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "rightToPortability",
               "pointer": "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToPortability",
               "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/SubjectRights/RightToPortability",
               "element": "RightToPortability",
               "kind": "scalar",
               "type": "boolean"
              },
              {
               "name": "rightToObject",
               "pointer": "/lex/payload/lead/metadata/compliance/gdpr/subjectRights/rightToObject",
               "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/SubjectRights/RightToObject",
               "element": "RightToObject",
               "kind": "scalar",
               "type": "boolean"
              }
             ]
            },
            {
             "name": "consentWithdrawnAt",
             "pointer": "/lex/payload/lead/metadata/compliance/gdpr/consentWithdrawnAt",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Gdpr/ConsentWithdrawnAt",
             "element": "ConsentWithdrawnAt",
             "kind": "scalar",
             "type": "string"
            }
           ]
          },
          {
           "name": "ukGdpr",
           "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr",
           "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr",
           "element": "UkGdpr",
           "kind": "object",
           "children": [
            {
             "name": "legalBasis",
             "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr/legalBasis",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr/LegalBasis",
             "element": "LegalBasis",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "purposeCodes",
             "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr/purposeCodes",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr/PurposeCodes",
             "element": "PurposeCodes",
             "kind": "array",
             "required": true,
             "wrapper": true,
             "itemElement": "PurposeCode",
             "type": "string"
            },
            {
             "name": "dataController",
             "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr/dataController",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr/DataController",
             "element": "DataController",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "retentionPeriodDays",
             "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr/retentionPeriodDays",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr/RetentionPeriodDays",
             "element": "RetentionPeriodDays",
             "kind": "scalar",
             "required": true,
             "type": "integer"
            },
            {
             "name": "icoRegistrationNumber",
             "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr/icoRegistrationNumber",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr/IcoRegistrationNumber",
             "element": "IcoRegistrationNumber",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "consentWithdrawnAt",
             "pointer": "/lex/payload/lead/metadata/compliance/ukGdpr/consentWithdrawnAt",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UkGdpr/ConsentWithdrawnAt",
             "element": "ConsentWithdrawnAt",
             "kind": "scalar",
             "type": "string"
            }
           ]
          },
          {
           "name": "ccpa",
           "pointer": "/lex/payload/lead/metadata/compliance/ccpa",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Ccpa",
           "element": "Ccpa",
           "kind": "object",
           "children": [
            {
             "name": "doNotSell",
             "pointer": "/lex/payload/lead/metadata/compliance/ccpa/doNotSell",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Ccpa/DoNotSell",
             "element": "DoNotSell",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "doNotShare",
             "pointer": "/lex/payload/lead/metadata/compliance/ccpa/doNotShare",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Ccpa/DoNotShare",
             "element": "DoNotShare",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "optOutTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/ccpa/optOutTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Ccpa/OptOutTimestamp",
             "element": "OptOutTimestamp",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "gpcSignalHonored",
             "pointer": "/lex/payload/lead/metadata/compliance/ccpa/gpcSignalHonored",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Ccpa/GpcSignalHonored",
             "element": "GpcSignalHonored",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            }
           ]
          },
          {
           "name": "dpdp",
           "pointer": "/lex/payload/lead/metadata/compliance/dpdp",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Dpdp",
           "element": "Dpdp",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/dpdp/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Dpdp/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeId",
             "pointer": "/lex/payload/lead/metadata/compliance/dpdp/purposeId",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Dpdp/PurposeId",
             "element": "PurposeId",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/dpdp/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Dpdp/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "nomineeDefined",
             "pointer": "/lex/payload/lead/metadata/compliance/dpdp/nomineeDefined",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Dpdp/NomineeDefined",
             "element": "NomineeDefined",
             "kind": "scalar",
             "type": "boolean"
            }
           ]
          },
          {
           "name": "pipl",
           "pointer": "/lex/payload/lead/metadata/compliance/pipl",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Pipl",
           "element": "Pipl",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/pipl/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipl/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "processingPurpose",
             "pointer": "/lex/payload/lead/metadata/compliance/pipl/processingPurpose",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipl/ProcessingPurpose",
             "element": "ProcessingPurpose",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "sensitiveDataIncluded",
             "pointer": "/lex/payload/lead/metadata/compliance/pipl/sensitiveDataIncluded",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipl/SensitiveDataIncluded",
             "element": "SensitiveDataIncluded",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "crossBorderTransferApproved",
             "pointer": "/lex/payload/lead/metadata/compliance/pipl/crossBorderTransferApproved",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipl/CrossBorderTransferApproved",
             "element": "CrossBorderTransferApproved",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/pipl/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipl/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "lgpd",
           "pointer": "/lex/payload/lead/metadata/compliance/lgpd",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd",
           "element": "Lgpd",
           "kind": "object",
           "children": [
            {
             "name": "legalBasis",
             "pointer": "/lex/payload/lead/metadata/compliance/lgpd/legalBasis",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd/LegalBasis",
             "element": "LegalBasis",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/lgpd/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/lgpd/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "dataControllerCnpj",
             "pointer": "/lex/payload/lead/metadata/compliance/lgpd/dataControllerCnpj",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd/DataControllerCnpj",
             "element": "DataControllerCnpj",
             "kind": "scalar",
             "type": "string"
            },
            {
             "name": "retentionPeriodDays",
             "pointer": "/lex/payload/lead/metadata/compliance/lgpd/retentionPeriodDays",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd/RetentionPeriodDays",
             "element": "RetentionPeriodDays",
             "kind": "scalar",
             "required": true,
             "type": "integer"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/lgpd/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Lgpd/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "popia",
           "pointer": "/lex/payload/lead/metadata/compliance/popia",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Popia",
           "element": "Popia",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/popia/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Popia/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/popia/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Popia/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "responsiblePartyName",
             "pointer": "/lex/payload/lead/metadata/compliance/popia/responsiblePartyName",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Popia/ResponsiblePartyName",
             "element": "ResponsiblePartyName",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/popia/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Popia/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "dataSubjectRightsNotified",
             "pointer": "/lex/payload/lead/metadata/compliance/popia/dataSubjectRightsNotified",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Popia/DataSubjectRightsNotified",
             "element": "DataSubjectRightsNotified",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            }
           ]
          },
          {
           "name": "pipeda",
           "pointer": "/lex/payload/lead/metadata/compliance/pipeda",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Pipeda",
           "element": "Pipeda",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/pipeda/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipeda/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/pipeda/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipeda/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "impliedConsent",
             "pointer": "/lex/payload/lead/metadata/compliance/pipeda/impliedConsent",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipeda/ImpliedConsent",
             "element": "ImpliedConsent",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "quebecLaw25Applicable",
             "pointer": "/lex/payload/lead/metadata/compliance/pipeda/quebecLaw25Applicable",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipeda/QuebecLaw25Applicable",
             "element": "QuebecLaw25Applicable",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/pipeda/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Pipeda/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "pdpaSg",
           "pointer": "/lex/payload/lead/metadata/compliance/pdpaSg",
           "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaSg",
           "element": "PdpaSg",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaSg/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaSg/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaSg/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaSg/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "doNotCallRegistryChecked",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaSg/doNotCallRegistryChecked",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaSg/DoNotCallRegistryChecked",
             "element": "DoNotCallRegistryChecked",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaSg/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaSg/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "appi",
           "pointer": "/lex/payload/lead/metadata/compliance/appi",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Appi",
           "element": "Appi",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/appi/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Appi/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/appi/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Appi/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "thirdPartyProvisionConsent",
             "pointer": "/lex/payload/lead/metadata/compliance/appi/thirdPartyProvisionConsent",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Appi/ThirdPartyProvisionConsent",
             "element": "ThirdPartyProvisionConsent",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "crossBorderTransferConsent",
             "pointer": "/lex/payload/lead/metadata/compliance/appi/crossBorderTransferConsent",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Appi/CrossBorderTransferConsent",
             "element": "CrossBorderTransferConsent",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/appi/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Appi/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "nfadp",
           "pointer": "/lex/payload/lead/metadata/compliance/nfadp",
           "path": "/lex/Payload/Lead/Metadata/Compliance/Nfadp",
           "element": "Nfadp",
           "kind": "object",
           "children": [
            {
             "name": "legalBasis",
             "pointer": "/lex/payload/lead/metadata/compliance/nfadp/legalBasis",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Nfadp/LegalBasis",
             "element": "LegalBasis",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/nfadp/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Nfadp/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "dataControllerName",
             "pointer": "/lex/payload/lead/metadata/compliance/nfadp/dataControllerName",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Nfadp/DataControllerName",
             "element": "DataControllerName",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "retentionPeriodDays",
             "pointer": "/lex/payload/lead/metadata/compliance/nfadp/retentionPeriodDays",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Nfadp/RetentionPeriodDays",
             "element": "RetentionPeriodDays",
             "kind": "scalar",
             "required": true,
             "type": "integer"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/nfadp/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/Nfadp/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "pipaKr",
           "pointer": "/lex/payload/lead/metadata/compliance/pipaKr",
           "path": "/lex/Payload/Lead/Metadata/Compliance/PipaKr",
           "element": "PipaKr",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/pipaKr/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PipaKr/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/pipaKr/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PipaKr/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "sensitiveDataIncluded",
             "pointer": "/lex/payload/lead/metadata/compliance/pipaKr/sensitiveDataIncluded",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PipaKr/SensitiveDataIncluded",
             "element": "SensitiveDataIncluded",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "thirdPartyProvisionConsent",
             "pointer": "/lex/payload/lead/metadata/compliance/pipaKr/thirdPartyProvisionConsent",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PipaKr/ThirdPartyProvisionConsent",
             "element": "ThirdPartyProvisionConsent",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/pipaKr/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PipaKr/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "pdplSa",
           "pointer": "/lex/payload/lead/metadata/compliance/pdplSa",
           "path": "/lex/Payload/Lead/Metadata/Compliance/PdplSa",
           "element": "PdplSa",
           "kind": "object",
           "children": [
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/pdplSa/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdplSa/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "processingPurpose",
             "pointer": "/lex/payload/lead/metadata/compliance/pdplSa/processingPurpose",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdplSa/ProcessingPurpose",
             "element": "ProcessingPurpose",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "sensitiveDataIncluded",
             "pointer": "/lex/payload/lead/metadata/compliance/pdplSa/sensitiveDataIncluded",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdplSa/SensitiveDataIncluded",
             "element": "SensitiveDataIncluded",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "crossBorderTransferApproved",
             "pointer": "/lex/payload/lead/metadata/compliance/pdplSa/crossBorderTransferApproved",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdplSa/CrossBorderTransferApproved",
             "element": "CrossBorderTransferApproved",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/pdplSa/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdplSa/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "pdpaTh",
           "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh",
           "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh",
           "element": "PdpaTh",
           "kind": "object",
           "children": [
            {
             "name": "legalBasis",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh/legalBasis",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh/LegalBasis",
             "element": "LegalBasis",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "consentGranted",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh/consentGranted",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh/ConsentGranted",
             "element": "ConsentGranted",
             "kind": "scalar",
             "required": true,
             "type": "boolean"
            },
            {
             "name": "purposeDescription",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh/purposeDescription",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh/PurposeDescription",
             "element": "PurposeDescription",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "dataControllerName",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh/dataControllerName",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh/DataControllerName",
             "element": "DataControllerName",
             "kind": "scalar",
             "required": true,
             "type": "string"
            },
            {
             "name": "retentionPeriodDays",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh/retentionPeriodDays",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh/RetentionPeriodDays",
             "element": "RetentionPeriodDays",
             "kind": "scalar",
             "required": true,
             "type": "integer"
            },
            {
             "name": "consentTimestamp",
             "pointer": "/lex/payload/lead/metadata/compliance/pdpaTh/consentTimestamp",
             "path": "/lex/Payload/Lead/Metadata/Compliance/PdpaTh/ConsentTimestamp",
             "element": "ConsentTimestamp",
             "kind": "scalar",
             "required": true,
             "type": "string"
            }
           ]
          },
          {
           "name": "usStatePrivacy",
           "pointer": "/lex/payload/lead/metadata/compliance/usStatePrivacy",
           "path": "/lex/Payload/Lead/Metadata/Compliance/UsStatePrivacy",
           "element": "UsStatePrivacy",
           "kind": "object",
           "children": [
            {
             "name": "statesOptedOut",
             "pointer": "/lex/payload/lead/metadata/compliance/usStatePrivacy/statesOptedOut",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UsStatePrivacy/StatesOptedOut",
             "element": "StatesOptedOut",
             "kind": "array",
             "wrapper": true,
             "itemElement": "State",
             "type": "string"
            },
            {
             "name": "universalOptOut",
             "pointer": "/lex/payload/lead/metadata/compliance/usStatePrivacy/universalOptOut",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UsStatePrivacy/UniversalOptOut",
             "element": "UniversalOptOut",
             "kind": "scalar",
             "type": "boolean"
            },
            {
             "name": "gpcHonored",
             "pointer": "/lex/payload/lead/metadata/compliance/usStatePrivacy/gpcHonored",
             "path": "/lex/Payload/Lead/Metadata/Compliance/UsStatePrivacy/GpcHonored",
             "element": "GpcHonored",
             "kind": "scalar",
             "type": "boolean"
            }
           ]
          }
         ]
        }
       ]
      },
      {
       "name": "deduplication",
       "pointer": "/lex/payload/lead/deduplication",
       "path": "/lex/Payload/Lead/Deduplication",
       "element": "Deduplication",
       "kind": "object",
       "children": [
        {
         "name": "customerFingerprint",
         "pointer": "/lex/payload/lead/deduplication/customerFingerprint",
         "path": "/lex/Payload/Lead/Deduplication/CustomerFingerprint",
         "element": "CustomerFingerprint",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "fingerprintVersion",
         "pointer": "/lex/payload/lead/deduplication/fingerprintVersion",
         "path": "/lex/Payload/Lead/Deduplication/FingerprintVersion",
         "element": "FingerprintVersion",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "deduplicationWindowHours",
         "pointer": "/lex/payload/lead/deduplication/deduplicationWindowHours",
         "path": "/lex/Payload/Lead/Deduplication/DeduplicationWindowHours",
         "element": "DeduplicationWindowHours",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "senderLeadId",
         "pointer": "/lex/payload/lead/deduplication/senderLeadId",
         "path": "/lex/Payload/Lead/Deduplication/SenderLeadId",
         "element": "SenderLeadId",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "duplicateOfLeadId",
         "pointer": "/lex/payload/lead/deduplication/duplicateOfLeadId",
         "path": "/lex/Payload/Lead/Deduplication/DuplicateOfLeadId",
         "element": "DuplicateOfLeadId",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "crossPlatformIds",
         "pointer": "/lex/payload/lead/deduplication/crossPlatformIds",
         "path": "/lex/Payload/Lead/Deduplication/CrossPlatformIds",
         "element": "CrossPlatformIds",
         "kind": "array",
         "wrapper": true,
         "itemElement": "CrossPlatformId",
         "children": [
          {
           "name": "platform",
           "pointer": "/lex/payload/lead/deduplication/crossPlatformIds/*/platform",
           "path": "/lex/Payload/Lead/Deduplication/CrossPlatformIds/CrossPlatformId/Platform",
           "element": "Platform",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "leadId",
           "pointer": "/lex/payload/lead/deduplication/crossPlatformIds/*/leadId",
           "path": "/lex/Payload/Lead/Deduplication/CrossPlatformIds/CrossPlatformId/LeadId",
           "element": "LeadId",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "leadTimestamp",
           "pointer": "/lex/payload/lead/deduplication/crossPlatformIds/*/leadTimestamp",
           "path": "/lex/Payload/Lead/Deduplication/CrossPlatformIds/CrossPlatformId/LeadTimestamp",
           "element": "LeadTimestamp",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "deduplicationStatus",
         "pointer": "/lex/payload/lead/deduplication/deduplicationStatus",
         "path": "/lex/Payload/Lead/Deduplication/DeduplicationStatus",
         "element": "DeduplicationStatus",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "leadIntelligence",
       "pointer": "/lex/payload/lead/leadIntelligence",
       "path": "/lex/Payload/Lead/LeadIntelligence",
       "element": "LeadIntelligence",
       "kind": "object",
       "children": [
        {
         "name": "intentScore",
         "pointer": "/lex/payload/lead/leadIntelligence/intentScore",
         "path": "/lex/Payload/Lead/LeadIntelligence/IntentScore",
         "element": "IntentScore",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "buyingWindowDays",
         "pointer": "/lex/payload/lead/leadIntelligence/buyingWindowDays",
         "path": "/lex/Payload/Lead/LeadIntelligence/BuyingWindowDays",
         "element": "BuyingWindowDays",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "confidenceLevel",
         "pointer": "/lex/payload/lead/leadIntelligence/confidenceLevel",
         "path": "/lex/Payload/Lead/LeadIntelligence/ConfidenceLevel",
         "element": "ConfidenceLevel",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "churnRisk",
         "pointer": "/lex/payload/lead/leadIntelligence/churnRisk",
         "path": "/lex/Payload/Lead/LeadIntelligence/ChurnRisk",
         "element": "ChurnRisk",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "leadQualityTier",
         "pointer": "/lex/payload/lead/leadIntelligence/leadQualityTier",
         "path": "/lex/Payload/Lead/LeadIntelligence/LeadQualityTier",
         "element": "LeadQualityTier",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "scoreGrade",
         "pointer": "/lex/payload/lead/leadIntelligence/scoreGrade",
         "path": "/lex/Payload/Lead/LeadIntelligence/ScoreGrade",
         "element": "ScoreGrade",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "scoreTrend",
         "pointer": "/lex/payload/lead/leadIntelligence/scoreTrend",
         "path": "/lex/Payload/Lead/LeadIntelligence/ScoreTrend",
         "element": "ScoreTrend",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "scoringReasons",
         "pointer": "/lex/payload/lead/leadIntelligence/scoringReasons",
         "path": "/lex/Payload/Lead/LeadIntelligence/ScoringReasons",
         "element": "ScoringReasons",
         "kind": "array",
         "wrapper": true,
         "itemElement": "ScoringReason",
         "children": [
          {
           "name": "factor",
           "pointer": "/lex/payload/lead/leadIntelligence/scoringReasons/*/factor",
           "path": "/lex/Payload/Lead/LeadIntelligence/ScoringReasons/ScoringReason/Factor",
           "element": "Factor",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "direction",
           "pointer": "/lex/payload/lead/leadIntelligence/scoringReasons/*/direction",
           "path": "/lex/Payload/Lead/LeadIntelligence/ScoringReasons/ScoringReason/Direction",
           "element": "Direction",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "weight",
           "pointer": "/lex/payload/lead/leadIntelligence/scoringReasons/*/weight",
           "path": "/lex/Payload/Lead/LeadIntelligence/ScoringReasons/ScoringReason/Weight",
           "element": "Weight",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "description",
           "pointer": "/lex/payload/lead/leadIntelligence/scoringReasons/*/description",
           "path": "/lex/Payload/Lead/LeadIntelligence/ScoringReasons/ScoringReason/Description",
           "element": "Description",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "behavioralSignals",
         "pointer": "/lex/payload/lead/leadIntelligence/behavioralSignals",
         "path": "/lex/Payload/Lead/LeadIntelligence/BehavioralSignals",
         "element": "BehavioralSignals",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Signal",
         "type": "string"
        },
        {
         "name": "predictedProducts",
         "pointer": "/lex/payload/lead/leadIntelligence/predictedProducts",
         "path": "/lex/Payload/Lead/LeadIntelligence/PredictedProducts",
         "element": "PredictedProducts",
         "kind": "array",
         "wrapper": true,
         "itemElement": "PredictedProduct",
         "children": [
          {
           "name": "productType",
           "pointer": "/lex/payload/lead/leadIntelligence/predictedProducts/*/productType",
           "path": "/lex/Payload/Lead/LeadIntelligence/PredictedProducts/PredictedProduct/ProductType",
           "element": "ProductType",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "manufacturer",
           "pointer": "/lex/payload/lead/leadIntelligence/predictedProducts/*/manufacturer",
           "path": "/lex/Payload/Lead/LeadIntelligence/PredictedProducts/PredictedProduct/Manufacturer",
           "element": "Manufacturer",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "model",
           "pointer": "/lex/payload/lead/leadIntelligence/predictedProducts/*/model",
           "path": "/lex/Payload/Lead/LeadIntelligence/PredictedProducts/PredictedProduct/Model",
           "element": "Model",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "trim",
           "pointer": "/lex/payload/lead/leadIntelligence/predictedProducts/*/trim",
           "path": "/lex/Payload/Lead/LeadIntelligence/PredictedProducts/PredictedProduct/Trim",
           "element": "Trim",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "confidenceScore",
           "pointer": "/lex/payload/lead/leadIntelligence/predictedProducts/*/confidenceScore",
           "path": "/lex/Payload/Lead/LeadIntelligence/PredictedProducts/PredictedProduct/ConfidenceScore",
           "element": "ConfidenceScore",
           "kind": "scalar",
           "type": "number"
          }
         ]
        },
        {
         "name": "priceRangeFit",
         "pointer": "/lex/payload/lead/leadIntelligence/priceRangeFit",
         "path": "/lex/Payload/Lead/LeadIntelligence/PriceRangeFit",
         "element": "PriceRangeFit",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "financingLikelihood",
         "pointer": "/lex/payload/lead/leadIntelligence/financingLikelihood",
         "path": "/lex/Payload/Lead/LeadIntelligence/FinancingLikelihood",
         "element": "FinancingLikelihood",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "tradeInLikelihood",
         "pointer": "/lex/payload/lead/leadIntelligence/tradeInLikelihood",
         "path": "/lex/Payload/Lead/LeadIntelligence/TradeInLikelihood",
         "element": "TradeInLikelihood",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "evInterestScore",
         "pointer": "/lex/payload/lead/leadIntelligence/evInterestScore",
         "path": "/lex/Payload/Lead/LeadIntelligence/EvInterestScore",
         "element": "EvInterestScore",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "channelAffinity",
         "pointer": "/lex/payload/lead/leadIntelligence/channelAffinity",
         "path": "/lex/Payload/Lead/LeadIntelligence/ChannelAffinity",
         "element": "ChannelAffinity",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Channel",
         "children": [
          {
           "name": "channel",
           "pointer": "/lex/payload/lead/leadIntelligence/channelAffinity/*/channel",
           "path": "/lex/Payload/Lead/LeadIntelligence/ChannelAffinity/Channel/Channel",
           "element": "Channel",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "affinityScore",
           "pointer": "/lex/payload/lead/leadIntelligence/channelAffinity/*/affinityScore",
           "path": "/lex/Payload/Lead/LeadIntelligence/ChannelAffinity/Channel/AffinityScore",
           "element": "AffinityScore",
           "kind": "scalar",
           "required": true,
           "type": "number"
          }
         ]
        },
        {
         "name": "recommendedResponseSla",
         "pointer": "/lex/payload/lead/leadIntelligence/recommendedResponseSla",
         "path": "/lex/Payload/Lead/LeadIntelligence/RecommendedResponseSla",
         "element": "RecommendedResponseSla",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "optimalContactTimes",
         "pointer": "/lex/payload/lead/leadIntelligence/optimalContactTimes",
         "path": "/lex/Payload/Lead/LeadIntelligence/OptimalContactTimes",
         "element": "OptimalContactTimes",
         "kind": "array",
         "wrapper": true,
         "itemElement": "ContactTime",
         "children": [
          {
           "name": "dayOfWeek",
           "pointer": "/lex/payload/lead/leadIntelligence/optimalContactTimes/*/dayOfWeek",
           "path": "/lex/Payload/Lead/LeadIntelligence/OptimalContactTimes/ContactTime/DayOfWeek",
           "element": "DayOfWeek",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "hourUtc",
           "pointer": "/lex/payload/lead/leadIntelligence/optimalContactTimes/*/hourUtc",
           "path": "/lex/Payload/Lead/LeadIntelligence/OptimalContactTimes/ContactTime/HourUtc",
           "element": "HourUtc",
           "kind": "scalar",
           "required": true,
           "type": "integer"
          },
          {
           "name": "preferredChannel",
           "pointer": "/lex/payload/lead/leadIntelligence/optimalContactTimes/*/preferredChannel",
           "path": "/lex/Payload/Lead/LeadIntelligence/OptimalContactTimes/ContactTime/PreferredChannel",
           "element": "PreferredChannel",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "enrichmentSources",
         "pointer": "/lex/payload/lead/leadIntelligence/enrichmentSources",
         "path": "/lex/Payload/Lead/LeadIntelligence/EnrichmentSources",
         "element": "EnrichmentSources",
         "kind": "array",
         "wrapper": true,
         "itemElement": "EnrichmentSource",
         "children": [
          {
           "name": "type",
           "pointer": "/lex/payload/lead/leadIntelligence/enrichmentSources/*/type",
           "path": "/lex/Payload/Lead/LeadIntelligence/EnrichmentSources/EnrichmentSource/Type",
           "element": "Type",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "provider",
           "pointer": "/lex/payload/lead/leadIntelligence/enrichmentSources/*/provider",
           "path": "/lex/Payload/Lead/LeadIntelligence/EnrichmentSources/EnrichmentSource/Provider",
           "element": "Provider",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "refreshedAt",
           "pointer": "/lex/payload/lead/leadIntelligence/enrichmentSources/*/refreshedAt",
           "path": "/lex/Payload/Lead/LeadIntelligence/EnrichmentSources/EnrichmentSource/RefreshedAt",
           "element": "RefreshedAt",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "signalCount",
           "pointer": "/lex/payload/lead/leadIntelligence/enrichmentSources/*/signalCount",
           "path": "/lex/Payload/Lead/LeadIntelligence/EnrichmentSources/EnrichmentSource/SignalCount",
           "element": "SignalCount",
           "kind": "scalar",
           "type": "integer"
          }
         ]
        },
        {
         "name": "modelMetadata",
         "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata",
         "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata",
         "element": "ModelMetadata",
         "kind": "object",
         "children": [
          {
           "name": "source",
           "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata/source",
           "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata/Source",
           "element": "Source",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "modelId",
           "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata/modelId",
           "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata/ModelId",
           "element": "ModelId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "modelVersion",
           "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata/modelVersion",
           "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata/ModelVersion",
           "element": "ModelVersion",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "scoredAt",
           "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata/scoredAt",
           "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata/ScoredAt",
           "element": "ScoredAt",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "dataFreshnessDays",
           "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata/dataFreshnessDays",
           "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata/DataFreshnessDays",
           "element": "DataFreshnessDays",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "trainingDataCutoff",
           "pointer": "/lex/payload/lead/leadIntelligence/modelMetadata/trainingDataCutoff",
           "path": "/lex/Payload/Lead/LeadIntelligence/ModelMetadata/TrainingDataCutoff",
           "element": "TrainingDataCutoff",
           "kind": "scalar",
           "type": "string"
          }
         ]
        }
       ]
      },
      {
       "name": "organizationContext",
       "pointer": "/lex/payload/lead/organizationContext",
       "path": "/lex/Payload/Lead/OrganizationContext",
       "element": "OrganizationContext",
       "kind": "object",
       "children": [
        {
         "name": "organizationId",
         "pointer": "/lex/payload/lead/organizationContext/organizationId",
         "path": "/lex/Payload/Lead/OrganizationContext/OrganizationId",
         "element": "OrganizationId",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "organizationName",
         "pointer": "/lex/payload/lead/organizationContext/organizationName",
         "path": "/lex/Payload/Lead/OrganizationContext/OrganizationName",
         "element": "OrganizationName",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "organizationType",
         "pointer": "/lex/payload/lead/organizationContext/organizationType",
         "path": "/lex/Payload/Lead/OrganizationContext/OrganizationType",
         "element": "OrganizationType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "timezone",
         "pointer": "/lex/payload/lead/organizationContext/timezone",
         "path": "/lex/Payload/Lead/OrganizationContext/Timezone",
         "element": "Timezone",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "region",
         "pointer": "/lex/payload/lead/organizationContext/region",
         "path": "/lex/Payload/Lead/OrganizationContext/Region",
         "element": "Region",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "manufacturerData",
         "pointer": "/lex/payload/lead/organizationContext/manufacturerData",
         "path": "/lex/Payload/Lead/OrganizationContext/ManufacturerData",
         "element": "ManufacturerData",
         "kind": "object",
         "children": [
          {
           "name": "mfgrLeadId",
           "pointer": "/lex/payload/lead/organizationContext/manufacturerData/mfgrLeadId",
           "path": "/lex/Payload/Lead/OrganizationContext/ManufacturerData/MfgrLeadId",
           "element": "MfgrLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "regionCode",
           "pointer": "/lex/payload/lead/organizationContext/manufacturerData/regionCode",
           "path": "/lex/Payload/Lead/OrganizationContext/ManufacturerData/RegionCode",
           "element": "RegionCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "divisionCode",
           "pointer": "/lex/payload/lead/organizationContext/manufacturerData/divisionCode",
           "path": "/lex/Payload/Lead/OrganizationContext/ManufacturerData/DivisionCode",
           "element": "DivisionCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "incentiveProgram",
           "pointer": "/lex/payload/lead/organizationContext/manufacturerData/incentiveProgram",
           "path": "/lex/Payload/Lead/OrganizationContext/ManufacturerData/IncentiveProgram",
           "element": "IncentiveProgram",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "allocationPoolId",
           "pointer": "/lex/payload/lead/organizationContext/manufacturerData/allocationPoolId",
           "path": "/lex/Payload/Lead/OrganizationContext/ManufacturerData/AllocationPoolId",
           "element": "AllocationPoolId",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "managementSystemData",
         "pointer": "/lex/payload/lead/organizationContext/managementSystemData",
         "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData",
         "element": "ManagementSystemData",
         "kind": "object",
         "children": [
          {
           "name": "provider",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/provider",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/Provider",
           "element": "Provider",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "systemLeadId",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/systemLeadId",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/SystemLeadId",
           "element": "SystemLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "accountId",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/accountId",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/AccountId",
           "element": "AccountId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "systemCode",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/systemCode",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/SystemCode",
           "element": "SystemCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "syncStatus",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/syncStatus",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/SyncStatus",
           "element": "SyncStatus",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "syncTimestamp",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/syncTimestamp",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/SyncTimestamp",
           "element": "SyncTimestamp",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "workflow",
           "pointer": "/lex/payload/lead/organizationContext/managementSystemData/workflow",
           "path": "/lex/Payload/Lead/OrganizationContext/ManagementSystemData/Workflow",
           "element": "Workflow",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "retailerData",
         "pointer": "/lex/payload/lead/organizationContext/retailerData",
         "path": "/lex/Payload/Lead/OrganizationContext/RetailerData",
         "element": "RetailerData",
         "kind": "object",
         "children": [
          {
           "name": "retailerLeadId",
           "pointer": "/lex/payload/lead/organizationContext/retailerData/retailerLeadId",
           "path": "/lex/Payload/Lead/OrganizationContext/RetailerData/RetailerLeadId",
           "element": "RetailerLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "branchCode",
           "pointer": "/lex/payload/lead/organizationContext/retailerData/branchCode",
           "path": "/lex/Payload/Lead/OrganizationContext/RetailerData/BranchCode",
           "element": "BranchCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "departmentCode",
           "pointer": "/lex/payload/lead/organizationContext/retailerData/departmentCode",
           "path": "/lex/Payload/Lead/OrganizationContext/RetailerData/DepartmentCode",
           "element": "DepartmentCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "salesRepId",
           "pointer": "/lex/payload/lead/organizationContext/retailerData/salesRepId",
           "path": "/lex/Payload/Lead/OrganizationContext/RetailerData/SalesRepId",
           "element": "SalesRepId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "managerId",
           "pointer": "/lex/payload/lead/organizationContext/retailerData/managerId",
           "path": "/lex/Payload/Lead/OrganizationContext/RetailerData/ManagerId",
           "element": "ManagerId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "sourceSystemCode",
           "pointer": "/lex/payload/lead/organizationContext/retailerData/sourceSystemCode",
           "path": "/lex/Payload/Lead/OrganizationContext/RetailerData/SourceSystemCode",
           "element": "SourceSystemCode",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "platformData",
         "pointer": "/lex/payload/lead/organizationContext/platformData",
         "path": "/lex/Payload/Lead/OrganizationContext/PlatformData",
         "element": "PlatformData",
         "kind": "object",
         "children": [
          {
           "name": "platform",
           "pointer": "/lex/payload/lead/organizationContext/platformData/platform",
           "path": "/lex/Payload/Lead/OrganizationContext/PlatformData/Platform",
           "element": "Platform",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "platformLeadId",
           "pointer": "/lex/payload/lead/organizationContext/platformData/platformLeadId",
           "path": "/lex/Payload/Lead/OrganizationContext/PlatformData/PlatformLeadId",
           "element": "PlatformLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "campaignId",
           "pointer": "/lex/payload/lead/organizationContext/platformData/campaignId",
           "path": "/lex/Payload/Lead/OrganizationContext/PlatformData/CampaignId",
           "element": "CampaignId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "sourceUrl",
           "pointer": "/lex/payload/lead/organizationContext/platformData/sourceUrl",
           "path": "/lex/Payload/Lead/OrganizationContext/PlatformData/SourceUrl",
           "element": "SourceUrl",
           "kind": "scalar",
           "type": "string"
          }
         ]
        }
       ]
      },
      {
       "name": "aviationLead",
       "pointer": "/lex/payload/lead/aviationLead",
       "path": "/lex/Payload/Lead/AviationLead",
       "element": "AviationLead",
       "kind": "object",
       "children": [
        {
         "name": "operatorCertificate",
         "pointer": "/lex/payload/lead/aviationLead/operatorCertificate",
         "path": "/lex/Payload/Lead/AviationLead/OperatorCertificate",
         "element": "OperatorCertificate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "intendedUse",
         "pointer": "/lex/payload/lead/aviationLead/intendedUse",
         "path": "/lex/Payload/Lead/AviationLead/IntendedUse",
         "element": "IntendedUse",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "currentRegistryCountry",
         "pointer": "/lex/payload/lead/aviationLead/currentRegistryCountry",
         "path": "/lex/Payload/Lead/AviationLead/CurrentRegistryCountry",
         "element": "CurrentRegistryCountry",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "targetRegistryCountry",
         "pointer": "/lex/payload/lead/aviationLead/targetRegistryCountry",
         "path": "/lex/Payload/Lead/AviationLead/TargetRegistryCountry",
         "element": "TargetRegistryCountry",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "maritimeLead",
       "pointer": "/lex/payload/lead/maritimeLead",
       "path": "/lex/Payload/Lead/MaritimeLead",
       "element": "MaritimeLead",
       "kind": "object",
       "children": [
        {
         "name": "charterType",
         "pointer": "/lex/payload/lead/maritimeLead/charterType",
         "path": "/lex/Payload/Lead/MaritimeLead/CharterType",
         "element": "CharterType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "intendedTradingArea",
         "pointer": "/lex/payload/lead/maritimeLead/intendedTradingArea",
         "path": "/lex/Payload/Lead/MaritimeLead/IntendedTradingArea",
         "element": "IntendedTradingArea",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "intendedCargoType",
         "pointer": "/lex/payload/lead/maritimeLead/intendedCargoType",
         "path": "/lex/Payload/Lead/MaritimeLead/IntendedCargoType",
         "element": "IntendedCargoType",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "heavyEquipmentLead",
       "pointer": "/lex/payload/lead/heavyEquipmentLead",
       "path": "/lex/Payload/Lead/HeavyEquipmentLead",
       "element": "HeavyEquipmentLead",
       "kind": "object",
       "children": [
        {
         "name": "attachmentCouplerStandard",
         "pointer": "/lex/payload/lead/heavyEquipmentLead/attachmentCouplerStandard",
         "path": "/lex/Payload/Lead/HeavyEquipmentLead/AttachmentCouplerStandard",
         "element": "AttachmentCouplerStandard",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "jobSiteAltitude",
         "pointer": "/lex/payload/lead/heavyEquipmentLead/jobSiteAltitude",
         "path": "/lex/Payload/Lead/HeavyEquipmentLead/JobSiteAltitude",
         "element": "JobSiteAltitude",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "exportLicenseRequired",
         "pointer": "/lex/payload/lead/heavyEquipmentLead/exportLicenseRequired",
         "path": "/lex/Payload/Lead/HeavyEquipmentLead/ExportLicenseRequired",
         "element": "ExportLicenseRequired",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "exportDestinationCountry",
         "pointer": "/lex/payload/lead/heavyEquipmentLead/exportDestinationCountry",
         "path": "/lex/Payload/Lead/HeavyEquipmentLead/ExportDestinationCountry",
         "element": "ExportDestinationCountry",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "realEstateLead",
       "pointer": "/lex/payload/lead/realEstateLead",
       "path": "/lex/Payload/Lead/RealEstateLead",
       "element": "RealEstateLead",
       "kind": "object",
       "children": [
        {
         "name": "buyerRepresentationAgreementStatus",
         "pointer": "/lex/payload/lead/realEstateLead/buyerRepresentationAgreementStatus",
         "path": "/lex/Payload/Lead/RealEstateLead/BuyerRepresentationAgreementStatus",
         "element": "BuyerRepresentationAgreementStatus",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "exchangeType",
         "pointer": "/lex/payload/lead/realEstateLead/exchangeType",
         "path": "/lex/Payload/Lead/RealEstateLead/ExchangeType",
         "element": "ExchangeType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "preApprovalAmount",
         "pointer": "/lex/payload/lead/realEstateLead/preApprovalAmount",
         "path": "/lex/Payload/Lead/RealEstateLead/PreApprovalAmount",
         "element": "PreApprovalAmount",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "preApprovalCurrency",
         "pointer": "/lex/payload/lead/realEstateLead/preApprovalCurrency",
         "path": "/lex/Payload/Lead/RealEstateLead/PreApprovalCurrency",
         "element": "PreApprovalCurrency",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "preApprovalExpiryDate",
         "pointer": "/lex/payload/lead/realEstateLead/preApprovalExpiryDate",
         "path": "/lex/Payload/Lead/RealEstateLead/PreApprovalExpiryDate",
         "element": "PreApprovalExpiryDate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "preApprovalLender",
         "pointer": "/lex/payload/lead/realEstateLead/preApprovalLender",
         "path": "/lex/Payload/Lead/RealEstateLead/PreApprovalLender",
         "element": "PreApprovalLender",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "preApprovalLoanType",
         "pointer": "/lex/payload/lead/realEstateLead/preApprovalLoanType",
         "path": "/lex/Payload/Lead/RealEstateLead/PreApprovalLoanType",
         "element": "PreApprovalLoanType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "contingencies",
         "pointer": "/lex/payload/lead/realEstateLead/contingencies",
         "path": "/lex/Payload/Lead/RealEstateLead/Contingencies",
         "element": "Contingencies",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Contingency",
         "children": [
          {
           "name": "type",
           "pointer": "/lex/payload/lead/realEstateLead/contingencies/*/type",
           "path": "/lex/Payload/Lead/RealEstateLead/Contingencies/Contingency/Type",
           "element": "Type",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "status",
           "pointer": "/lex/payload/lead/realEstateLead/contingencies/*/status",
           "path": "/lex/Payload/Lead/RealEstateLead/Contingencies/Contingency/Status",
           "element": "Status",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "deadline",
           "pointer": "/lex/payload/lead/realEstateLead/contingencies/*/deadline",
           "path": "/lex/Payload/Lead/RealEstateLead/Contingencies/Contingency/Deadline",
           "element": "Deadline",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "notes",
           "pointer": "/lex/payload/lead/realEstateLead/contingencies/*/notes",
           "path": "/lex/Payload/Lead/RealEstateLead/Contingencies/Contingency/Notes",
           "element": "Notes",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "sellerConcessionsRequested",
         "pointer": "/lex/payload/lead/realEstateLead/sellerConcessionsRequested",
         "path": "/lex/Payload/Lead/RealEstateLead/SellerConcessionsRequested",
         "element": "SellerConcessionsRequested",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "sellerConcessionAmount",
         "pointer": "/lex/payload/lead/realEstateLead/sellerConcessionAmount",
         "path": "/lex/Payload/Lead/RealEstateLead/SellerConcessionAmount",
         "element": "SellerConcessionAmount",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "sellerConcessionCurrency",
         "pointer": "/lex/payload/lead/realEstateLead/sellerConcessionCurrency",
         "path": "/lex/Payload/Lead/RealEstateLead/SellerConcessionCurrency",
         "element": "SellerConcessionCurrency",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "homeWarrantyRequested",
         "pointer": "/lex/payload/lead/realEstateLead/homeWarrantyRequested",
         "path": "/lex/Payload/Lead/RealEstateLead/HomeWarrantyRequested",
         "element": "HomeWarrantyRequested",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "homeWarrantyCoveredBy",
         "pointer": "/lex/payload/lead/realEstateLead/homeWarrantyCoveredBy",
         "path": "/lex/Payload/Lead/RealEstateLead/HomeWarrantyCoveredBy",
         "element": "HomeWarrantyCoveredBy",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "propertyDisclosureStatus",
         "pointer": "/lex/payload/lead/realEstateLead/propertyDisclosureStatus",
         "path": "/lex/Payload/Lead/RealEstateLead/PropertyDisclosureStatus",
         "element": "PropertyDisclosureStatus",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "occupancyStatus",
         "pointer": "/lex/payload/lead/realEstateLead/occupancyStatus",
         "path": "/lex/Payload/Lead/RealEstateLead/OccupancyStatus",
         "element": "OccupancyStatus",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "saleType",
         "pointer": "/lex/payload/lead/realEstateLead/saleType",
         "path": "/lex/Payload/Lead/RealEstateLead/SaleType",
         "element": "SaleType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "firstTimeBuyer",
         "pointer": "/lex/payload/lead/realEstateLead/firstTimeBuyer",
         "path": "/lex/Payload/Lead/RealEstateLead/FirstTimeBuyer",
         "element": "FirstTimeBuyer",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "investmentPurpose",
         "pointer": "/lex/payload/lead/realEstateLead/investmentPurpose",
         "path": "/lex/Payload/Lead/RealEstateLead/InvestmentPurpose",
         "element": "InvestmentPurpose",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "targetClosingDate",
         "pointer": "/lex/payload/lead/realEstateLead/targetClosingDate",
         "path": "/lex/Payload/Lead/RealEstateLead/TargetClosingDate",
         "element": "TargetClosingDate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "moveInDate",
         "pointer": "/lex/payload/lead/realEstateLead/moveInDate",
         "path": "/lex/Payload/Lead/RealEstateLead/MoveInDate",
         "element": "MoveInDate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "leaseback",
         "pointer": "/lex/payload/lead/realEstateLead/leaseback",
         "path": "/lex/Payload/Lead/RealEstateLead/Leaseback",
         "element": "Leaseback",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "buyerAgentLicenseNumber",
         "pointer": "/lex/payload/lead/realEstateLead/buyerAgentLicenseNumber",
         "path": "/lex/Payload/Lead/RealEstateLead/BuyerAgentLicenseNumber",
         "element": "BuyerAgentLicenseNumber",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "buyerAgentStateLicense",
         "pointer": "/lex/payload/lead/realEstateLead/buyerAgentStateLicense",
         "path": "/lex/Payload/Lead/RealEstateLead/BuyerAgentStateLicense",
         "element": "BuyerAgentStateLicense",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "listingAgentLicenseNumber",
         "pointer": "/lex/payload/lead/realEstateLead/listingAgentLicenseNumber",
         "path": "/lex/Payload/Lead/RealEstateLead/ListingAgentLicenseNumber",
         "element": "ListingAgentLicenseNumber",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "listingAgentStateLicense",
         "pointer": "/lex/payload/lead/realEstateLead/listingAgentStateLicense",
         "path": "/lex/Payload/Lead/RealEstateLead/ListingAgentStateLicense",
         "element": "ListingAgentStateLicense",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "mlsListingId",
         "pointer": "/lex/payload/lead/realEstateLead/mlsListingId",
         "path": "/lex/Payload/Lead/RealEstateLead/MlsListingId",
         "element": "MlsListingId",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "technologyLead",
       "pointer": "/lex/payload/lead/technologyLead",
       "path": "/lex/Payload/Lead/TechnologyLead",
       "element": "TechnologyLead",
       "kind": "object",
       "children": [
        {
         "name": "securityCertificationRequirements",
         "pointer": "/lex/payload/lead/technologyLead/securityCertificationRequirements",
         "path": "/lex/Payload/Lead/TechnologyLead/SecurityCertificationRequirements",
         "element": "SecurityCertificationRequirements",
         "kind": "array",
         "wrapper": true,
         "itemElement": "SecurityCertificationRequirement",
         "type": "string"
        },
        {
         "name": "evergreenRefreshTrigger",
         "pointer": "/lex/payload/lead/technologyLead/evergreenRefreshTrigger",
         "path": "/lex/Payload/Lead/TechnologyLead/EvergreenRefreshTrigger",
         "element": "EvergreenRefreshTrigger",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "evergreenRefreshThresholdMonths",
         "pointer": "/lex/payload/lead/technologyLead/evergreenRefreshThresholdMonths",
         "path": "/lex/Payload/Lead/TechnologyLead/EvergreenRefreshThresholdMonths",
         "element": "EvergreenRefreshThresholdMonths",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "sustainabilityRequirements",
         "pointer": "/lex/payload/lead/technologyLead/sustainabilityRequirements",
         "path": "/lex/Payload/Lead/TechnologyLead/SustainabilityRequirements",
         "element": "SustainabilityRequirements",
         "kind": "array",
         "wrapper": true,
         "itemElement": "SustainabilityRequirement",
         "type": "string"
        },
        {
         "name": "conflictMineralsComplianceRequired",
         "pointer": "/lex/payload/lead/technologyLead/conflictMineralsComplianceRequired",
         "path": "/lex/Payload/Lead/TechnologyLead/ConflictMineralsComplianceRequired",
         "element": "ConflictMineralsComplianceRequired",
         "kind": "scalar",
         "type": "boolean"
        }
       ]
      }
     ]
    },
    {
     "name": "asset",
     "pointer": "/lex/payload/asset",
     "path": "/lex/Payload/Asset",
     "element": "Asset",
     "kind": "object",
     "children": [
      {
       "name": "assetId",
       "pointer": "/lex/payload/asset/assetId",
       "path": "/lex/Payload/Asset/AssetId",
       "element": "AssetId",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "vin",
       "pointer": "/lex/payload/asset/vin",
       "path": "/lex/Payload/Asset/Vin",
       "element": "Vin",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "specification",
       "pointer": "/lex/payload/asset/specification",
       "path": "/lex/Payload/Asset/Specification",
       "element": "Specification",
       "kind": "object",
       "required": true,
       "children": [
        {
         "name": "assetClass",
         "pointer": "/lex/payload/asset/specification/assetClass",
         "path": "/lex/Payload/Asset/Specification/AssetClass",
         "element": "AssetClass",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "make",
         "pointer": "/lex/payload/asset/specification/make",
         "path": "/lex/Payload/Asset/Specification/Make",
         "element": "Make",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "model",
         "pointer": "/lex/payload/asset/specification/model",
         "path": "/lex/Payload/Asset/Specification/Model",
         "element": "Model",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "year",
         "pointer": "/lex/payload/asset/specification/year",
         "path": "/lex/Payload/Asset/Specification/Year",
         "element": "Year",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "trim",
         "pointer": "/lex/payload/asset/specification/trim",
         "path": "/lex/Payload/Asset/Specification/Trim",
         "element": "Trim",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "bodyType",
         "pointer": "/lex/payload/asset/specification/bodyType",
         "path": "/lex/Payload/Asset/Specification/BodyType",
         "element": "BodyType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "transmission",
         "pointer": "/lex/payload/asset/specification/transmission",
         "path": "/lex/Payload/Asset/Specification/Transmission",
         "element": "Transmission",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "fuelType",
         "pointer": "/lex/payload/asset/specification/fuelType",
         "path": "/lex/Payload/Asset/Specification/FuelType",
         "element": "FuelType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "engine",
         "pointer": "/lex/payload/asset/specification/engine",
         "path": "/lex/Payload/Asset/Specification/Engine",
         "element": "Engine",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "horsepower",
         "pointer": "/lex/payload/asset/specification/horsepower",
         "path": "/lex/Payload/Asset/Specification/Horsepower",
         "element": "Horsepower",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "mpgCity",
         "pointer": "/lex/payload/asset/specification/mpgCity",
         "path": "/lex/Payload/Asset/Specification/MpgCity",
         "element": "MpgCity",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "mpgHighway",
         "pointer": "/lex/payload/asset/specification/mpgHighway",
         "path": "/lex/Payload/Asset/Specification/MpgHighway",
         "element": "MpgHighway",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "seating",
         "pointer": "/lex/payload/asset/specification/seating",
         "path": "/lex/Payload/Asset/Specification/Seating",
         "element": "Seating",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "cargo",
         "pointer": "/lex/payload/asset/specification/cargo",
         "path": "/lex/Payload/Asset/Specification/Cargo",
         "element": "Cargo",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "features",
         "pointer": "/lex/payload/asset/specification/features",
         "path": "/lex/Payload/Asset/Specification/Features",
         "element": "Features",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Feature",
         "type": "string"
        }
       ]
      },
      {
       "name": "availability",
       "pointer": "/lex/payload/asset/availability",
       "path": "/lex/Payload/Asset/Availability",
       "element": "Availability",
       "kind": "object",
       "required": true,
       "children": [
        {
         "name": "status",
         "pointer": "/lex/payload/asset/availability/status",
         "path": "/lex/Payload/Asset/Availability/Status",
         "element": "Status",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "location",
         "pointer": "/lex/payload/asset/availability/location",
         "path": "/lex/Payload/Asset/Availability/Location",
         "element": "Location",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "quantityAvailable",
         "pointer": "/lex/payload/asset/availability/quantityAvailable",
         "path": "/lex/Payload/Asset/Availability/QuantityAvailable",
         "element": "QuantityAvailable",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "lastUpdated",
         "pointer": "/lex/payload/asset/availability/lastUpdated",
         "path": "/lex/Payload/Asset/Availability/LastUpdated",
         "element": "LastUpdated",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "pricing",
       "pointer": "/lex/payload/asset/pricing",
       "path": "/lex/Payload/Asset/Pricing",
       "element": "Pricing",
       "kind": "object",
       "required": true,
       "children": [
        {
         "name": "msrp",
         "pointer": "/lex/payload/asset/pricing/msrp",
         "path": "/lex/Payload/Asset/Pricing/Msrp",
         "element": "Msrp",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "retailerCost",
         "pointer": "/lex/payload/asset/pricing/retailerCost",
         "path": "/lex/Payload/Asset/Pricing/RetailerCost",
         "element": "RetailerCost",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "specialOffers",
         "pointer": "/lex/payload/asset/pricing/specialOffers",
         "path": "/lex/Payload/Asset/Pricing/SpecialOffers",
         "element": "SpecialOffers",
         "kind": "array",
         "wrapper": true,
         "itemElement": "SpecialOffer",
         "children": [
          {
           "name": "description",
           "pointer": "/lex/payload/asset/pricing/specialOffers/*/description",
           "path": "/lex/Payload/Asset/Pricing/SpecialOffers/SpecialOffer/Description",
           "element": "Description",
           "kind": "scalar",
           "required": true,
           "type": "string"
          },
          {
           "name": "discount",
           "pointer": "/lex/payload/asset/pricing/specialOffers/*/discount",
           "path": "/lex/Payload/Asset/Pricing/SpecialOffers/SpecialOffer/Discount",
           "element": "Discount",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "expirationDate",
           "pointer": "/lex/payload/asset/pricing/specialOffers/*/expirationDate",
           "path": "/lex/Payload/Asset/Pricing/SpecialOffers/SpecialOffer/ExpirationDate",
           "element": "ExpirationDate",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "currency",
         "pointer": "/lex/payload/asset/pricing/currency",
         "path": "/lex/Payload/Asset/Pricing/Currency",
         "element": "Currency",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "images",
       "pointer": "/lex/payload/asset/images",
       "path": "/lex/Payload/Asset/Images",
       "element": "Images",
       "kind": "object",
       "children": [
        {
         "name": "exterior",
         "pointer": "/lex/payload/asset/images/exterior",
         "path": "/lex/Payload/Asset/Images/Exterior",
         "element": "Exterior",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Image",
         "type": "string"
        },
        {
         "name": "interior",
         "pointer": "/lex/payload/asset/images/interior",
         "path": "/lex/Payload/Asset/Images/Interior",
         "element": "Interior",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Image",
         "type": "string"
        }
       ]
      },
      {
       "name": "metadata",
       "pointer": "/lex/payload/asset/metadata",
       "path": "/lex/Payload/Asset/Metadata",
       "element": "Metadata",
       "kind": "object",
       "children": [
        {
         "name": "createdAt",
         "pointer": "/lex/payload/asset/metadata/createdAt",
         "path": "/lex/Payload/Asset/Metadata/CreatedAt",
         "element": "CreatedAt",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "updatedAt",
         "pointer": "/lex/payload/asset/metadata/updatedAt",
         "path": "/lex/Payload/Asset/Metadata/UpdatedAt",
         "element": "UpdatedAt",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "sourceSystem",
         "pointer": "/lex/payload/asset/metadata/sourceSystem",
         "path": "/lex/Payload/Asset/Metadata/SourceSystem",
         "element": "SourceSystem",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "expirationDate",
         "pointer": "/lex/payload/asset/metadata/expirationDate",
         "path": "/lex/Payload/Asset/Metadata/ExpirationDate",
         "element": "ExpirationDate",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "evSpecifications",
       "pointer": "/lex/payload/asset/evSpecifications",
       "path": "/lex/Payload/Asset/EvSpecifications",
       "element": "EvSpecifications",
       "kind": "object",
       "children": [
        {
         "name": "isElectric",
         "pointer": "/lex/payload/asset/evSpecifications/isElectric",
         "path": "/lex/Payload/Asset/EvSpecifications/IsElectric",
         "element": "IsElectric",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "drivetrainType",
         "pointer": "/lex/payload/asset/evSpecifications/drivetrainType",
         "path": "/lex/Payload/Asset/EvSpecifications/DrivetrainType",
         "element": "DrivetrainType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "batteryCapacityKwh",
         "pointer": "/lex/payload/asset/evSpecifications/batteryCapacityKwh",
         "path": "/lex/Payload/Asset/EvSpecifications/BatteryCapacityKwh",
         "element": "BatteryCapacityKwh",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "estimatedRangeKm",
         "pointer": "/lex/payload/asset/evSpecifications/estimatedRangeKm",
         "path": "/lex/Payload/Asset/EvSpecifications/EstimatedRangeKm",
         "element": "EstimatedRangeKm",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "rangeStandard",
         "pointer": "/lex/payload/asset/evSpecifications/rangeStandard",
         "path": "/lex/Payload/Asset/EvSpecifications/RangeStandard",
         "element": "RangeStandard",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "rangeByStandardKm",
         "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm",
         "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm",
         "element": "RangeByStandardKm",
         "kind": "object",
         "children": [
          {
           "name": "epa",
           "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm/epa",
           "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm/Epa",
           "element": "Epa",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "wltp",
           "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm/wltp",
           "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm/Wltp",
           "element": "Wltp",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "cltc",
           "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm/cltc",
           "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm/Cltc",
           "element": "Cltc",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "nedc",
           "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm/nedc",
           "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm/Nedc",
           "element": "Nedc",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "wltc",
           "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm/wltc",
           "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm/Wltc",
           "element": "Wltc",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "jc08",
           "pointer": "/lex/payload/asset/evSpecifications/rangeByStandardKm/jc08",
           "path": "/lex/Payload/Asset/EvSpecifications/RangeByStandardKm/Jc08",
           "element": "Jc08",
           "kind": "scalar",
           "type": "number"
          }
         ]
        },
        {
         "name": "minimumRangeKm",
         "pointer": "/lex/payload/asset/evSpecifications/minimumRangeKm",
         "path": "/lex/Payload/Asset/EvSpecifications/MinimumRangeKm",
         "element": "MinimumRangeKm",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "chargePort",
         "pointer": "/lex/payload/asset/evSpecifications/chargePort",
         "path": "/lex/Payload/Asset/EvSpecifications/ChargePort",
         "element": "ChargePort",
         "kind": "object",
         "children": [
          {
           "name": "connectorType",
           "pointer": "/lex/payload/asset/evSpecifications/chargePort/connectorType",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargePort/ConnectorType",
           "element": "ConnectorType",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "acLevel",
           "pointer": "/lex/payload/asset/evSpecifications/chargePort/acLevel",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargePort/AcLevel",
           "element": "AcLevel",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "dcConnectorType",
           "pointer": "/lex/payload/asset/evSpecifications/chargePort/dcConnectorType",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargePort/DcConnectorType",
           "element": "DcConnectorType",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "maxAcChargingKw",
           "pointer": "/lex/payload/asset/evSpecifications/chargePort/maxAcChargingKw",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargePort/MaxAcChargingKw",
           "element": "MaxAcChargingKw",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "maxDcChargingKw",
           "pointer": "/lex/payload/asset/evSpecifications/chargePort/maxDcChargingKw",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargePort/MaxDcChargingKw",
           "element": "MaxDcChargingKw",
           "kind": "scalar",
           "type": "number"
          }
         ]
        },
        {
         "name": "chargePortPreferences",
         "pointer": "/lex/payload/asset/evSpecifications/chargePortPreferences",
         "path": "/lex/Payload/Asset/EvSpecifications/ChargePortPreferences",
         "element": "ChargePortPreferences",
         "kind": "array",
         "wrapper": true,
         "itemElement": "ConnectorType",
         "type": "string"
        },
        {
         "name": "batteryWarranty",
         "pointer": "/lex/payload/asset/evSpecifications/batteryWarranty",
         "path": "/lex/Payload/Asset/EvSpecifications/BatteryWarranty",
         "element": "BatteryWarranty",
         "kind": "object",
         "children": [
          {
           "name": "years",
           "pointer": "/lex/payload/asset/evSpecifications/batteryWarranty/years",
           "path": "/lex/Payload/Asset/EvSpecifications/BatteryWarranty/Years",
           "element": "Years",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "km",
           "pointer": "/lex/payload/asset/evSpecifications/batteryWarranty/km",
           "path": "/lex/Payload/Asset/EvSpecifications/BatteryWarranty/Km",
           "element": "Km",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "minimumRetainedCapacityPct",
           "pointer": "/lex/payload/asset/evSpecifications/batteryWarranty/minimumRetainedCapacityPct",
           "path": "/lex/Payload/Asset/EvSpecifications/BatteryWarranty/MinimumRetainedCapacityPct",
           "element": "MinimumRetainedCapacityPct",
           "kind": "scalar",
           "type": "number"
          }
         ]
        },
        {
         "name": "homeChargingInterest",
         "pointer": "/lex/payload/asset/evSpecifications/homeChargingInterest",
         "path": "/lex/Payload/Asset/EvSpecifications/HomeChargingInterest",
         "element": "HomeChargingInterest",
         "kind": "object",
         "children": [
          {
           "name": "hasHomeCharger",
           "pointer": "/lex/payload/asset/evSpecifications/homeChargingInterest/hasHomeCharger",
           "path": "/lex/Payload/Asset/EvSpecifications/HomeChargingInterest/HasHomeCharger",
           "element": "HasHomeCharger",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "interestedInInstallation",
           "pointer": "/lex/payload/asset/evSpecifications/homeChargingInterest/interestedInInstallation",
           "path": "/lex/Payload/Asset/EvSpecifications/HomeChargingInterest/InterestedInInstallation",
           "element": "InterestedInInstallation",
           "kind": "scalar",
           "type": "boolean"
          },
          {
           "name": "parkingType",
           "pointer": "/lex/payload/asset/evSpecifications/homeChargingInterest/parkingType",
           "path": "/lex/Payload/Asset/EvSpecifications/HomeChargingInterest/ParkingType",
           "element": "ParkingType",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "taxCreditEligibility",
         "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility",
         "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility",
         "element": "TaxCreditEligibility",
         "kind": "object",
         "children": [
          {
           "name": "region",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/region",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/Region",
           "element": "Region",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "federalCreditUSD",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/federalCreditUSD",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/FederalCreditUSD",
           "element": "FederalCreditUSD",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "stateCreditUSD",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/stateCreditUSD",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/StateCreditUSD",
           "element": "StateCreditUSD",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "currency",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/currency",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/Currency",
           "element": "Currency",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "programCode",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/programCode",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/ProgramCode",
           "element": "ProgramCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "eligibilityNotes",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/eligibilityNotes",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/EligibilityNotes",
           "element": "EligibilityNotes",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "asOf",
           "pointer": "/lex/payload/asset/evSpecifications/taxCreditEligibility/asOf",
           "path": "/lex/Payload/Asset/EvSpecifications/TaxCreditEligibility/AsOf",
           "element": "AsOf",
           "kind": "scalar",
           "required": true,
           "type": "string"
          }
         ]
        },
        {
         "name": "chargingInfrastructureAwareness",
         "pointer": "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness",
         "path": "/lex/Payload/Asset/EvSpecifications/ChargingInfrastructureAwareness",
         "element": "ChargingInfrastructureAwareness",
         "kind": "object",
         "children": [
          {
           "name": "nearestDcFastChargerKm",
           "pointer": "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness/nearestDcFastChargerKm",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargingInfrastructureAwareness/NearestDcFastChargerKm",
           "element": "NearestDcFastChargerKm",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "nearestL2ChargerKm",
           "pointer": "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness/nearestL2ChargerKm",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargingInfrastructureAwareness/NearestL2ChargerKm",
           "element": "NearestL2ChargerKm",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "customerChargingAnxiety",
           "pointer": "/lex/payload/asset/evSpecifications/chargingInfrastructureAwareness/customerChargingAnxiety",
           "path": "/lex/Payload/Asset/EvSpecifications/ChargingInfrastructureAwareness/CustomerChargingAnxiety",
           "element": "CustomerChargingAnxiety",
           "kind": "scalar",
           "type": "string"
          }
         ]
        }
       ]
      }
     ]
    },
    {
     "name": "acknowledgment",
     "pointer": "/lex/payload/acknowledgment",
     "path": "/lex/Payload/Acknowledgment",
     "element": "Acknowledgment",
     "kind": "object",
     "children": [
      {
       "name": "originalMessageId",
       "pointer": "/lex/payload/acknowledgment/originalMessageId",
       "path": "/lex/Payload/Acknowledgment/OriginalMessageId",
       "element": "OriginalMessageId",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "status",
       "pointer": "/lex/payload/acknowledgment/status",
       "path": "/lex/Payload/Acknowledgment/Status",
       "element": "Status",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "processedAt",
       "pointer": "/lex/payload/acknowledgment/processedAt",
       "path": "/lex/Payload/Acknowledgment/ProcessedAt",
       "element": "ProcessedAt",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "errors",
       "pointer": "/lex/payload/acknowledgment/errors",
       "path": "/lex/Payload/Acknowledgment/Errors",
       "element": "Errors",
       "kind": "array",
       "wrapper": true,
       "itemElement": "Error",
       "children": [
        {
         "name": "code",
         "pointer": "/lex/payload/acknowledgment/errors/*/code",
         "path": "/lex/Payload/Acknowledgment/Errors/Error/Code",
         "element": "Code",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "message",
         "pointer": "/lex/payload/acknowledgment/errors/*/message",
         "path": "/lex/Payload/Acknowledgment/Errors/Error/Message",
         "element": "Message",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "path",
         "pointer": "/lex/payload/acknowledgment/errors/*/path",
         "path": "/lex/Payload/Acknowledgment/Errors/Error/Path",
         "element": "Path",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "severity",
         "pointer": "/lex/payload/acknowledgment/errors/*/severity",
         "path": "/lex/Payload/Acknowledgment/Errors/Error/Severity",
         "element": "Severity",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "suggestedAction",
         "pointer": "/lex/payload/acknowledgment/errors/*/suggestedAction",
         "path": "/lex/Payload/Acknowledgment/Errors/Error/SuggestedAction",
         "element": "SuggestedAction",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "warnings",
       "pointer": "/lex/payload/acknowledgment/warnings",
       "path": "/lex/Payload/Acknowledgment/Warnings",
       "element": "Warnings",
       "kind": "array",
       "wrapper": true,
       "itemElement": "Warning",
       "children": [
        {
         "name": "code",
         "pointer": "/lex/payload/acknowledgment/warnings/*/code",
         "path": "/lex/Payload/Acknowledgment/Warnings/Warning/Code",
         "element": "Code",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "message",
         "pointer": "/lex/payload/acknowledgment/warnings/*/message",
         "path": "/lex/Payload/Acknowledgment/Warnings/Warning/Message",
         "element": "Message",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "path",
         "pointer": "/lex/payload/acknowledgment/warnings/*/path",
         "path": "/lex/Payload/Acknowledgment/Warnings/Warning/Path",
         "element": "Path",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "severity",
         "pointer": "/lex/payload/acknowledgment/warnings/*/severity",
         "path": "/lex/Payload/Acknowledgment/Warnings/Warning/Severity",
         "element": "Severity",
         "kind": "scalar",
         "required": true,
         "type": "string"
        },
        {
         "name": "suggestedAction",
         "pointer": "/lex/payload/acknowledgment/warnings/*/suggestedAction",
         "path": "/lex/Payload/Acknowledgment/Warnings/Warning/SuggestedAction",
         "element": "SuggestedAction",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "nextSteps",
       "pointer": "/lex/payload/acknowledgment/nextSteps",
       "path": "/lex/Payload/Acknowledgment/NextSteps",
       "element": "NextSteps",
       "kind": "object",
       "children": [
        {
         "name": "leadId",
         "pointer": "/lex/payload/acknowledgment/nextSteps/leadId",
         "path": "/lex/Payload/Acknowledgment/NextSteps/LeadId",
         "element": "LeadId",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "assignedTo",
         "pointer": "/lex/payload/acknowledgment/nextSteps/assignedTo",
         "path": "/lex/Payload/Acknowledgment/NextSteps/AssignedTo",
         "element": "AssignedTo",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "expectedFollowUp",
         "pointer": "/lex/payload/acknowledgment/nextSteps/expectedFollowUp",
         "path": "/lex/Payload/Acknowledgment/NextSteps/ExpectedFollowUp",
         "element": "ExpectedFollowUp",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "message",
         "pointer": "/lex/payload/acknowledgment/nextSteps/message",
         "path": "/lex/Payload/Acknowledgment/NextSteps/Message",
         "element": "Message",
         "kind": "scalar",
         "type": "string"
        }
       ]
      }
     ]
    },
    {
     "name": "subscription",
     "pointer": "/lex/payload/subscription",
     "path": "/lex/Payload/Subscription",
     "element": "Subscription",
     "kind": "object",
     "children": [
      {
       "name": "subscriptionId",
       "pointer": "/lex/payload/subscription/subscriptionId",
       "path": "/lex/Payload/Subscription/SubscriptionId",
       "element": "SubscriptionId",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "action",
       "pointer": "/lex/payload/subscription/action",
       "path": "/lex/Payload/Subscription/Action",
       "element": "Action",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "subscriptionType",
       "pointer": "/lex/payload/subscription/subscriptionType",
       "path": "/lex/Payload/Subscription/SubscriptionType",
       "element": "SubscriptionType",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "filters",
       "pointer": "/lex/payload/subscription/filters",
       "path": "/lex/Payload/Subscription/Filters",
       "element": "Filters",
       "kind": "object",
       "children": [
        {
         "name": "make",
         "pointer": "/lex/payload/subscription/filters/make",
         "path": "/lex/Payload/Subscription/Filters/Make",
         "element": "Make",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Value",
         "type": "string"
        },
        {
         "name": "model",
         "pointer": "/lex/payload/subscription/filters/model",
         "path": "/lex/Payload/Subscription/Filters/Model",
         "element": "Model",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Value",
         "type": "string"
        },
        {
         "name": "year",
         "pointer": "/lex/payload/subscription/filters/year",
         "path": "/lex/Payload/Subscription/Filters/Year",
         "element": "Year",
         "kind": "object",
         "children": [
          {
           "name": "min",
           "pointer": "/lex/payload/subscription/filters/year/min",
           "path": "/lex/Payload/Subscription/Filters/Year/Min",
           "element": "Min",
           "kind": "scalar",
           "type": "integer"
          },
          {
           "name": "max",
           "pointer": "/lex/payload/subscription/filters/year/max",
           "path": "/lex/Payload/Subscription/Filters/Year/Max",
           "element": "Max",
           "kind": "scalar",
           "type": "integer"
          }
         ]
        },
        {
         "name": "bodyType",
         "pointer": "/lex/payload/subscription/filters/bodyType",
         "path": "/lex/Payload/Subscription/Filters/BodyType",
         "element": "BodyType",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Value",
         "type": "string"
        },
        {
         "name": "fuelType",
         "pointer": "/lex/payload/subscription/filters/fuelType",
         "path": "/lex/Payload/Subscription/Filters/FuelType",
         "element": "FuelType",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Value",
         "type": "string"
        },
        {
         "name": "priceRange",
         "pointer": "/lex/payload/subscription/filters/priceRange",
         "path": "/lex/Payload/Subscription/Filters/PriceRange",
         "element": "PriceRange",
         "kind": "object",
         "children": [
          {
           "name": "min",
           "pointer": "/lex/payload/subscription/filters/priceRange/min",
           "path": "/lex/Payload/Subscription/Filters/PriceRange/Min",
           "element": "Min",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "max",
           "pointer": "/lex/payload/subscription/filters/priceRange/max",
           "path": "/lex/Payload/Subscription/Filters/PriceRange/Max",
           "element": "Max",
           "kind": "scalar",
           "type": "number"
          },
          {
           "name": "currency",
           "pointer": "/lex/payload/subscription/filters/priceRange/currency",
           "path": "/lex/Payload/Subscription/Filters/PriceRange/Currency",
           "element": "Currency",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "location",
         "pointer": "/lex/payload/subscription/filters/location",
         "path": "/lex/Payload/Subscription/Filters/Location",
         "element": "Location",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Value",
         "type": "string"
        },
        {
         "name": "leadStatus",
         "pointer": "/lex/payload/subscription/filters/leadStatus",
         "path": "/lex/Payload/Subscription/Filters/LeadStatus",
         "element": "LeadStatus",
         "kind": "array",
         "wrapper": true,
         "itemElement": "Value",
         "type": "string"
        }
       ]
      },
      {
       "name": "deliveryEndpoint",
       "pointer": "/lex/payload/subscription/deliveryEndpoint",
       "path": "/lex/Payload/Subscription/DeliveryEndpoint",
       "element": "DeliveryEndpoint",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "deliveryFormat",
       "pointer": "/lex/payload/subscription/deliveryFormat",
       "path": "/lex/Payload/Subscription/DeliveryFormat",
       "element": "DeliveryFormat",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "active",
       "pointer": "/lex/payload/subscription/active",
       "path": "/lex/Payload/Subscription/Active",
       "element": "Active",
       "kind": "scalar",
       "type": "boolean"
      }
     ]
    },
    {
     "name": "leadClosure",
     "pointer": "/lex/payload/leadClosure",
     "path": "/lex/Payload/LeadClosure",
     "element": "LeadClosure",
     "kind": "object",
     "children": [
      {
       "name": "originalLeadId",
       "pointer": "/lex/payload/leadClosure/originalLeadId",
       "path": "/lex/Payload/LeadClosure/OriginalLeadId",
       "element": "OriginalLeadId",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "originalLeadSource",
       "pointer": "/lex/payload/leadClosure/originalLeadSource",
       "path": "/lex/Payload/LeadClosure/OriginalLeadSource",
       "element": "OriginalLeadSource",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "originalSourceURL",
       "pointer": "/lex/payload/leadClosure/originalSourceURL",
       "path": "/lex/Payload/LeadClosure/OriginalSourceURL",
       "element": "OriginalSourceURL",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "leadCreatedDate",
       "pointer": "/lex/payload/leadClosure/leadCreatedDate",
       "path": "/lex/Payload/LeadClosure/LeadCreatedDate",
       "element": "LeadCreatedDate",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "leadClosureDate",
       "pointer": "/lex/payload/leadClosure/leadClosureDate",
       "path": "/lex/Payload/LeadClosure/LeadClosureDate",
       "element": "LeadClosureDate",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "leadLifecycleDays",
       "pointer": "/lex/payload/leadClosure/leadLifecycleDays",
       "path": "/lex/Payload/LeadClosure/LeadLifecycleDays",
       "element": "LeadLifecycleDays",
       "kind": "scalar",
       "type": "integer"
      },
      {
       "name": "closureStatus",
       "pointer": "/lex/payload/leadClosure/closureStatus",
       "path": "/lex/Payload/LeadClosure/ClosureStatus",
       "element": "ClosureStatus",
       "kind": "scalar",
       "required": true,
       "type": "string"
      },
      {
       "name": "closureReason",
       "pointer": "/lex/payload/leadClosure/closureReason",
       "path": "/lex/Payload/LeadClosure/ClosureReason",
       "element": "ClosureReason",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "closureDetail",
       "pointer": "/lex/payload/leadClosure/closureDetail",
       "path": "/lex/Payload/LeadClosure/ClosureDetail",
       "element": "ClosureDetail",
       "kind": "object",
       "children": [
        {
         "name": "purchaseConfirmed",
         "pointer": "/lex/payload/leadClosure/closureDetail/purchaseConfirmed",
         "path": "/lex/Payload/LeadClosure/ClosureDetail/PurchaseConfirmed",
         "element": "PurchaseConfirmed",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "orderPlacedDate",
         "pointer": "/lex/payload/leadClosure/closureDetail/orderPlacedDate",
         "path": "/lex/Payload/LeadClosure/ClosureDetail/OrderPlacedDate",
         "element": "OrderPlacedDate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "actualDeliveryDate",
         "pointer": "/lex/payload/leadClosure/closureDetail/actualDeliveryDate",
         "path": "/lex/Payload/LeadClosure/ClosureDetail/ActualDeliveryDate",
         "element": "ActualDeliveryDate",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "dealAmount",
         "pointer": "/lex/payload/leadClosure/closureDetail/dealAmount",
         "path": "/lex/Payload/LeadClosure/ClosureDetail/DealAmount",
         "element": "DealAmount",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "currency",
         "pointer": "/lex/payload/leadClosure/closureDetail/currency",
         "path": "/lex/Payload/LeadClosure/ClosureDetail/Currency",
         "element": "Currency",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "purchasedProduct",
       "pointer": "/lex/payload/leadClosure/purchasedProduct",
       "path": "/lex/Payload/LeadClosure/PurchasedProduct",
       "element": "PurchasedProduct",
       "kind": "object",
       "children": [
        {
         "name": "productType",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/productType",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/ProductType",
         "element": "ProductType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "manufacturer",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/manufacturer",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/Manufacturer",
         "element": "Manufacturer",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "model",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/model",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/Model",
         "element": "Model",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "year",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/year",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/Year",
         "element": "Year",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "trim",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/trim",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/Trim",
         "element": "Trim",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "vin",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/vin",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/Vin",
         "element": "Vin",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "color",
         "pointer": "/lex/payload/leadClosure/purchasedProduct/color",
         "path": "/lex/Payload/LeadClosure/PurchasedProduct/Color",
         "element": "Color",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "customerOutcome",
       "pointer": "/lex/payload/leadClosure/customerOutcome",
       "path": "/lex/Payload/LeadClosure/CustomerOutcome",
       "element": "CustomerOutcome",
       "kind": "object",
       "children": [
        {
         "name": "customerId",
         "pointer": "/lex/payload/leadClosure/customerOutcome/customerId",
         "path": "/lex/Payload/LeadClosure/CustomerOutcome/CustomerId",
         "element": "CustomerId",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "purchaseConfirmed",
         "pointer": "/lex/payload/leadClosure/customerOutcome/purchaseConfirmed",
         "path": "/lex/Payload/LeadClosure/CustomerOutcome/PurchaseConfirmed",
         "element": "PurchaseConfirmed",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "financingUsed",
         "pointer": "/lex/payload/leadClosure/customerOutcome/financingUsed",
         "path": "/lex/Payload/LeadClosure/CustomerOutcome/FinancingUsed",
         "element": "FinancingUsed",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "financingType",
         "pointer": "/lex/payload/leadClosure/customerOutcome/financingType",
         "path": "/lex/Payload/LeadClosure/CustomerOutcome/FinancingType",
         "element": "FinancingType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "tradeInAccepted",
         "pointer": "/lex/payload/leadClosure/customerOutcome/tradeInAccepted",
         "path": "/lex/Payload/LeadClosure/CustomerOutcome/TradeInAccepted",
         "element": "TradeInAccepted",
         "kind": "scalar",
         "type": "boolean"
        },
        {
         "name": "estimatedDeliveryDate",
         "pointer": "/lex/payload/leadClosure/customerOutcome/estimatedDeliveryDate",
         "path": "/lex/Payload/LeadClosure/CustomerOutcome/EstimatedDeliveryDate",
         "element": "EstimatedDeliveryDate",
         "kind": "scalar",
         "type": "string"
        }
       ]
      },
      {
       "name": "duplicateOfLeadId",
       "pointer": "/lex/payload/leadClosure/duplicateOfLeadId",
       "path": "/lex/Payload/LeadClosure/DuplicateOfLeadId",
       "element": "DuplicateOfLeadId",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "retailerNotes",
       "pointer": "/lex/payload/leadClosure/retailerNotes",
       "path": "/lex/Payload/LeadClosure/RetailerNotes",
       "element": "RetailerNotes",
       "kind": "scalar",
       "type": "string"
      },
      {
       "name": "metrics",
       "pointer": "/lex/payload/leadClosure/metrics",
       "path": "/lex/Payload/LeadClosure/Metrics",
       "element": "Metrics",
       "kind": "object",
       "children": [
        {
         "name": "interactionCount",
         "pointer": "/lex/payload/leadClosure/metrics/interactionCount",
         "path": "/lex/Payload/LeadClosure/Metrics/InteractionCount",
         "element": "InteractionCount",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "showroomVisits",
         "pointer": "/lex/payload/leadClosure/metrics/showroomVisits",
         "path": "/lex/Payload/LeadClosure/Metrics/ShowroomVisits",
         "element": "ShowroomVisits",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "testDrivesCompleted",
         "pointer": "/lex/payload/leadClosure/metrics/testDrivesCompleted",
         "path": "/lex/Payload/LeadClosure/Metrics/TestDrivesCompleted",
         "element": "TestDrivesCompleted",
         "kind": "scalar",
         "type": "integer"
        },
        {
         "name": "retailerQualityScore",
         "pointer": "/lex/payload/leadClosure/metrics/retailerQualityScore",
         "path": "/lex/Payload/LeadClosure/Metrics/RetailerQualityScore",
         "element": "RetailerQualityScore",
         "kind": "scalar",
         "type": "number"
        },
        {
         "name": "customerSatisfactionRating",
         "pointer": "/lex/payload/leadClosure/metrics/customerSatisfactionRating",
         "path": "/lex/Payload/LeadClosure/Metrics/CustomerSatisfactionRating",
         "element": "CustomerSatisfactionRating",
         "kind": "scalar",
         "type": "number"
        }
       ]
      },
      {
       "name": "organizationContext",
       "pointer": "/lex/payload/leadClosure/organizationContext",
       "path": "/lex/Payload/LeadClosure/OrganizationContext",
       "element": "OrganizationContext",
       "kind": "object",
       "children": [
        {
         "name": "organizationId",
         "pointer": "/lex/payload/leadClosure/organizationContext/organizationId",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/OrganizationId",
         "element": "OrganizationId",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "organizationName",
         "pointer": "/lex/payload/leadClosure/organizationContext/organizationName",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/OrganizationName",
         "element": "OrganizationName",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "organizationType",
         "pointer": "/lex/payload/leadClosure/organizationContext/organizationType",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/OrganizationType",
         "element": "OrganizationType",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "timezone",
         "pointer": "/lex/payload/leadClosure/organizationContext/timezone",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/Timezone",
         "element": "Timezone",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "region",
         "pointer": "/lex/payload/leadClosure/organizationContext/region",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/Region",
         "element": "Region",
         "kind": "scalar",
         "type": "string"
        },
        {
         "name": "manufacturerData",
         "pointer": "/lex/payload/leadClosure/organizationContext/manufacturerData",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/ManufacturerData",
         "element": "ManufacturerData",
         "kind": "object",
         "children": [
          {
           "name": "mfgrLeadId",
           "pointer": "/lex/payload/leadClosure/organizationContext/manufacturerData/mfgrLeadId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManufacturerData/MfgrLeadId",
           "element": "MfgrLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "regionCode",
           "pointer": "/lex/payload/leadClosure/organizationContext/manufacturerData/regionCode",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManufacturerData/RegionCode",
           "element": "RegionCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "divisionCode",
           "pointer": "/lex/payload/leadClosure/organizationContext/manufacturerData/divisionCode",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManufacturerData/DivisionCode",
           "element": "DivisionCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "incentiveProgram",
           "pointer": "/lex/payload/leadClosure/organizationContext/manufacturerData/incentiveProgram",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManufacturerData/IncentiveProgram",
           "element": "IncentiveProgram",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "allocationPoolId",
           "pointer": "/lex/payload/leadClosure/organizationContext/manufacturerData/allocationPoolId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManufacturerData/AllocationPoolId",
           "element": "AllocationPoolId",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "managementSystemData",
         "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData",
         "element": "ManagementSystemData",
         "kind": "object",
         "children": [
          {
           "name": "provider",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/provider",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/Provider",
           "element": "Provider",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "systemLeadId",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/systemLeadId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/SystemLeadId",
           "element": "SystemLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "accountId",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/accountId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/AccountId",
           "element": "AccountId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "systemCode",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/systemCode",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/SystemCode",
           "element": "SystemCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "syncStatus",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/syncStatus",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/SyncStatus",
           "element": "SyncStatus",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "syncTimestamp",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/syncTimestamp",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/SyncTimestamp",
           "element": "SyncTimestamp",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "workflow",
           "pointer": "/lex/payload/leadClosure/organizationContext/managementSystemData/workflow",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/ManagementSystemData/Workflow",
           "element": "Workflow",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "retailerData",
         "pointer": "/lex/payload/leadClosure/organizationContext/retailerData",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData",
         "element": "RetailerData",
         "kind": "object",
         "children": [
          {
           "name": "retailerLeadId",
           "pointer": "/lex/payload/leadClosure/organizationContext/retailerData/retailerLeadId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData/RetailerLeadId",
           "element": "RetailerLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "branchCode",
           "pointer": "/lex/payload/leadClosure/organizationContext/retailerData/branchCode",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData/BranchCode",
           "element": "BranchCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "departmentCode",
           "pointer": "/lex/payload/leadClosure/organizationContext/retailerData/departmentCode",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData/DepartmentCode",
           "element": "DepartmentCode",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "salesRepId",
           "pointer": "/lex/payload/leadClosure/organizationContext/retailerData/salesRepId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData/SalesRepId",
           "element": "SalesRepId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "managerId",
           "pointer": "/lex/payload/leadClosure/organizationContext/retailerData/managerId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData/ManagerId",
           "element": "ManagerId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "sourceSystemCode",
           "pointer": "/lex/payload/leadClosure/organizationContext/retailerData/sourceSystemCode",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/RetailerData/SourceSystemCode",
           "element": "SourceSystemCode",
           "kind": "scalar",
           "type": "string"
          }
         ]
        },
        {
         "name": "platformData",
         "pointer": "/lex/payload/leadClosure/organizationContext/platformData",
         "path": "/lex/Payload/LeadClosure/OrganizationContext/PlatformData",
         "element": "PlatformData",
         "kind": "object",
         "children": [
          {
           "name": "platform",
           "pointer": "/lex/payload/leadClosure/organizationContext/platformData/platform",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/PlatformData/Platform",
           "element": "Platform",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "platformLeadId",
           "pointer": "/lex/payload/leadClosure/organizationContext/platformData/platformLeadId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/PlatformData/PlatformLeadId",
           "element": "PlatformLeadId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "campaignId",
           "pointer": "/lex/payload/leadClosure/organizationContext/platformData/campaignId",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/PlatformData/CampaignId",
           "element": "CampaignId",
           "kind": "scalar",
           "type": "string"
          },
          {
           "name": "sourceUrl",
           "pointer": "/lex/payload/leadClosure/organizationContext/platformData/sourceUrl",
           "path": "/lex/Payload/LeadClosure/OrganizationContext/PlatformData/SourceUrl",
           "element": "SourceUrl",
           "kind": "scalar",
           "type": "string"
          }
         ]
        }
       ]
      }
     ]
    }
   ]
  }
 ]
};
