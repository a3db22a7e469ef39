// Generated from schema/ by generators/src/emitters/x12.ts — do not edit. LEX 1.0.0
// The X12 850 segment table: every segment LEX writes, in canonical order, with the fields it carries.
import type { X12Table } from '../table.js';

export const TABLE: X12Table = {
 "version": "1.0.0",
 "transactionSet": "850",
 "functionalId": "ALX",
 "lineItemTotal": true,
 "implied": [
  {
   "pointer": "/lex/version",
   "path": [
    "lex",
    "version"
   ],
   "value": "1.0.0"
  }
 ],
 "loopHeads": [
  "N1",
  "NM1",
  "IT1"
 ],
 "segments": [
  {
   "id": "BEG",
   "tag": "BEG",
   "match": [],
   "loop": "heading",
   "head": false,
   "rank": 100,
   "values": [
    {
     "pointer": "/lex/header/messageType",
     "path": [
      "lex",
      "header",
      "messageType"
     ],
     "element": 2,
     "type": "string",
     "codes": {
      "LEAD": "LE"
     }
    },
    {
     "pointer": "/lex/payload/lead/leadId",
     "path": [
      "lex",
      "payload",
      "lead",
      "leadId"
     ],
     "element": 3,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*TN",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "TN"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/header/messageId",
     "path": [
      "lex",
      "header",
      "messageId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*CR",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "CR"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/header/correlationId",
     "path": [
      "lex",
      "header",
      "correlationId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*LR",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "LR"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/status",
     "path": [
      "lex",
      "payload",
      "lead",
      "status"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*LS",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "LS"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/source",
     "path": [
      "lex",
      "payload",
      "lead",
      "source"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*LT",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "LT"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/leadType",
     "path": [
      "lex",
      "payload",
      "lead",
      "leadType"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*PO",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "PO"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/parentOrderId",
     "path": [
      "lex",
      "payload",
      "lead",
      "parentOrderId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*SR",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "SR"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/metadata/customFields/salesRepId",
     "path": [
      "lex",
      "payload",
      "lead",
      "metadata",
      "customFields",
      "salesRepId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*PK",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "PK"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/metadata/customFields/campaignCode",
     "path": [
      "lex",
      "payload",
      "lead",
      "metadata",
      "customFields",
      "campaignCode"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*AV",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "AV"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/aviationLead/operatorCertificate",
     "path": [
      "lex",
      "payload",
      "lead",
      "aviationLead",
      "operatorCertificate"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*IU",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "IU"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/aviationLead/intendedUse",
     "path": [
      "lex",
      "payload",
      "lead",
      "aviationLead",
      "intendedUse"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*MC",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "MC"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/maritimeLead/charterType",
     "path": [
      "lex",
      "payload",
      "lead",
      "maritimeLead",
      "charterType"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*TA",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "TA"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/maritimeLead/intendedTradingArea",
     "path": [
      "lex",
      "payload",
      "lead",
      "maritimeLead",
      "intendedTradingArea"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*AC",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "AC"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/heavyEquipmentLead/attachmentCouplerStandard",
     "path": [
      "lex",
      "payload",
      "lead",
      "heavyEquipmentLead",
      "attachmentCouplerStandard"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*RA",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "RA"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/realEstateLead/buyerRepresentationAgreementStatus",
     "path": [
      "lex",
      "payload",
      "lead",
      "realEstateLead",
      "buyerRepresentationAgreementStatus"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*EX",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "EX"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/realEstateLead/exchangeType",
     "path": [
      "lex",
      "payload",
      "lead",
      "realEstateLead",
      "exchangeType"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*PA",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "PA"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/realEstateLead/preApprovalAmount",
     "path": [
      "lex",
      "payload",
      "lead",
      "realEstateLead",
      "preApprovalAmount"
     ],
     "element": 2,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "REF*SC",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "SC"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "array": {
    "pointer": "/lex/payload/lead/technologyLead/securityCertificationRequirements",
    "path": [
     "lex",
     "payload",
     "lead",
     "technologyLead",
     "securityCertificationRequirements"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/lead/technologyLead/securityCertificationRequirements/*",
     "path": [],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*ER",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "ER"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 102,
   "values": [
    {
     "pointer": "/lex/payload/lead/technologyLead/evergreenRefreshTrigger",
     "path": [
      "lex",
      "payload",
      "lead",
      "technologyLead",
      "evergreenRefreshTrigger"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "DTM*137",
   "tag": "DTM",
   "match": [
    {
     "element": 1,
     "value": "137"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 104,
   "values": [
    {
     "pointer": "/lex/header/timestamp",
     "path": [
      "lex",
      "header",
      "timestamp"
     ],
     "element": 2,
     "format": "CCYYMMDD",
     "type": "date-time"
    },
    {
     "pointer": "/lex/header/timestamp",
     "path": [
      "lex",
      "header",
      "timestamp"
     ],
     "element": 3,
     "format": "HHMMSS",
     "type": "date-time"
    }
   ]
  },
  {
   "id": "DTM*039",
   "tag": "DTM",
   "match": [
    {
     "element": 1,
     "value": "039"
    }
   ],
   "loop": "heading",
   "head": false,
   "rank": 104,
   "values": [
    {
     "pointer": "/lex/payload/lead/metadata/expirationDate",
     "path": [
      "lex",
      "payload",
      "lead",
      "metadata",
      "expirationDate"
     ],
     "element": 2,
     "format": "CCYYMMDD",
     "type": "date-time"
    },
    {
     "pointer": "/lex/payload/lead/metadata/expirationDate",
     "path": [
      "lex",
      "payload",
      "lead",
      "metadata",
      "expirationDate"
     ],
     "element": 3,
     "format": "HHMMSS",
     "type": "date-time"
    }
   ]
  },
  {
   "id": "N1*01",
   "tag": "N1",
   "match": [
    {
     "element": 1,
     "value": "01"
    }
   ],
   "loop": "N1*01",
   "head": true,
   "rank": 200,
   "values": [
    {
     "pointer": "/lex/header/senderId",
     "path": [
      "lex",
      "header",
      "senderId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "N1*SH",
   "tag": "N1",
   "match": [
    {
     "element": 1,
     "value": "SH"
    }
   ],
   "loop": "N1*SH",
   "head": true,
   "rank": 200,
   "values": [
    {
     "pointer": "/lex/header/receiverId",
     "path": [
      "lex",
      "header",
      "receiverId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "NM1*IL",
   "tag": "NM1",
   "match": [
    {
     "element": 1,
     "value": "IL"
    }
   ],
   "loop": "NM1*IL",
   "head": true,
   "rank": 300,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/firstName",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "firstName"
     ],
     "element": 4,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/customer/lastName",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "lastName"
     ],
     "element": 3,
     "type": "string"
    }
   ]
  },
  {
   "id": "N3",
   "tag": "N3",
   "match": [],
   "loop": "NM1*IL",
   "head": false,
   "rank": 301,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/address/street1",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "address",
      "street1"
     ],
     "element": 1,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/customer/address/street2",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "address",
      "street2"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "N4",
   "tag": "N4",
   "match": [],
   "loop": "NM1*IL",
   "head": false,
   "rank": 302,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/address/city",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "address",
      "city"
     ],
     "element": 1,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/customer/address/state",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "address",
      "state"
     ],
     "element": 2,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/customer/address/postalCode",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "address",
      "postalCode"
     ],
     "element": 3,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/customer/address/country",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "address",
      "country"
     ],
     "element": 4,
     "type": "string"
    }
   ]
  },
  {
   "id": "PER*IC",
   "tag": "PER",
   "match": [
    {
     "element": 1,
     "value": "IC"
    }
   ],
   "loop": "NM1*IL",
   "head": false,
   "rank": 303,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/email",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "email"
     ],
     "element": 4,
     "when": [
      {
       "element": 3,
       "value": "EM"
      }
     ],
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/customer/phone",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "phone"
     ],
     "element": 6,
     "when": [
      {
       "element": 5,
       "value": "TE"
      }
     ],
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*CT",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "CT"
    }
   ],
   "loop": "NM1*IL",
   "head": false,
   "rank": 304,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/creditTier",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "creditTier"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*FB",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "FB"
    }
   ],
   "loop": "NM1*IL",
   "head": false,
   "rank": 304,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/fleetBuyer/isFleet",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "fleetBuyer",
      "isFleet"
     ],
     "element": 2,
     "format": "BOOLEAN_YN",
     "type": "boolean"
    }
   ]
  },
  {
   "id": "QTY*01",
   "tag": "QTY",
   "match": [
    {
     "element": 1,
     "value": "01"
    }
   ],
   "loop": "NM1*IL",
   "head": false,
   "rank": 305,
   "values": [
    {
     "pointer": "/lex/payload/lead/customer/fleetBuyer/fleetSize",
     "path": [
      "lex",
      "payload",
      "lead",
      "customer",
      "fleetBuyer",
      "fleetSize"
     ],
     "element": 2,
     "format": "INTEGER",
     "type": "integer"
    }
   ]
  },
  {
   "id": "IT1******VC",
   "tag": "IT1",
   "match": [
    {
     "element": 6,
     "value": "VC"
    }
   ],
   "loop": "IT1******VC",
   "head": true,
   "rank": 400,
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/make",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "make"
     ],
     "element": 8,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/desiredProduct/model",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "model"
     ],
     "element": 9,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/desiredProduct/year",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "year"
     ],
     "element": 7,
     "format": "INTEGER",
     "type": "integer"
    },
    {
     "pointer": "/lex/payload/lead/desiredProduct/trim",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "trim"
     ],
     "element": 10,
     "type": "string"
    }
   ]
  },
  {
   "id": "PID*F*",
   "tag": "PID",
   "match": [
    {
     "element": 1,
     "value": "F"
    },
    {
     "element": 2,
     "value": ""
    }
   ],
   "loop": "IT1******VC",
   "head": false,
   "rank": 402,
   "array": {
    "pointer": "/lex/payload/lead/desiredProduct/desiredFeatures",
    "path": [
     "lex",
     "payload",
     "lead",
     "desiredProduct",
     "desiredFeatures"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/desiredFeatures/*",
     "path": [],
     "element": 5,
     "type": "string"
    }
   ]
  },
  {
   "id": "PID*F*NEG",
   "tag": "PID",
   "match": [
    {
     "element": 1,
     "value": "F"
    },
    {
     "element": 2,
     "value": "NEG"
    }
   ],
   "loop": "IT1******VC",
   "head": false,
   "rank": 402,
   "array": {
    "pointer": "/lex/payload/lead/desiredProduct/excludedFeatures",
    "path": [
     "lex",
     "payload",
     "lead",
     "desiredProduct",
     "excludedFeatures"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/excludedFeatures/*",
     "path": [],
     "element": 5,
     "type": "string"
    }
   ]
  },
  {
   "id": "PID*F*OI",
   "tag": "PID",
   "match": [
    {
     "element": 1,
     "value": "F"
    },
    {
     "element": 2,
     "value": "OI"
    }
   ],
   "loop": "IT1******VC",
   "head": false,
   "rank": 402,
   "array": {
    "pointer": "/lex/payload/lead/desiredProduct/installedOptions",
    "path": [
     "lex",
     "payload",
     "lead",
     "desiredProduct",
     "installedOptions"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/installedOptions/*/name",
     "path": [
      "name"
     ],
     "element": 5,
     "type": "string"
    }
   ]
  },
  {
   "id": "PRI*01",
   "tag": "PRI",
   "match": [
    {
     "element": 1,
     "value": "01"
    }
   ],
   "loop": "IT1******VC",
   "head": false,
   "rank": 403,
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/priceRange/minUSD",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "priceRange",
      "minUSD"
     ],
     "element": 2,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "PRI*02",
   "tag": "PRI",
   "match": [
    {
     "element": 1,
     "value": "02"
    }
   ],
   "loop": "IT1******VC",
   "head": false,
   "rank": 403,
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/priceRange/maxUSD",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "priceRange",
      "maxUSD"
     ],
     "element": 2,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "REF*FO",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "FO"
    }
   ],
   "loop": "IT1******VC",
   "head": false,
   "rank": 405,
   "values": [
    {
     "pointer": "/lex/payload/lead/desiredProduct/factoryOrderPreference",
     "path": [
      "lex",
      "payload",
      "lead",
      "desiredProduct",
      "factoryOrderPreference"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "IT1******VT",
   "tag": "IT1",
   "match": [
    {
     "element": 6,
     "value": "VT"
    }
   ],
   "loop": "IT1******VT",
   "head": true,
   "rank": 400,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/year",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "year"
     ],
     "element": 7,
     "format": "INTEGER",
     "type": "integer"
    },
    {
     "pointer": "/lex/payload/lead/tradeIn/make",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "make"
     ],
     "element": 8,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/tradeIn/model",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "model"
     ],
     "element": 9,
     "type": "string"
    }
   ]
  },
  {
   "id": "PRI*PA",
   "tag": "PRI",
   "match": [
    {
     "element": 1,
     "value": "PA"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 403,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/payoffAmount",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "payoffAmount"
     ],
     "element": 2,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "MEA*OT*LB",
   "tag": "MEA",
   "match": [
    {
     "element": 1,
     "value": "OT"
    },
    {
     "element": 2,
     "value": "LB"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 404,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/mileage",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "mileage"
     ],
     "element": 3,
     "format": "INTEGER",
     "type": "integer"
    }
   ]
  },
  {
   "id": "REF*VN",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "VN"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 405,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/vin",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "vin"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*OS",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "OS"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 405,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/odometerStatus",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "odometerStatus"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*TS",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "TS"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 405,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/titleStatus",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "titleStatus"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "REF*AH",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "AH"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 405,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/accidentHistory/accidentCount",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "accidentHistory",
      "accidentCount"
     ],
     "element": 2,
     "format": "INTEGER",
     "type": "integer"
    }
   ]
  },
  {
   "id": "REF*AD",
   "tag": "REF",
   "match": [
    {
     "element": 1,
     "value": "AD"
    }
   ],
   "loop": "IT1******VT",
   "head": false,
   "rank": 405,
   "values": [
    {
     "pointer": "/lex/payload/lead/tradeIn/accidentHistory/airbagDeployed",
     "path": [
      "lex",
      "payload",
      "lead",
      "tradeIn",
      "accidentHistory",
      "airbagDeployed"
     ],
     "element": 2,
     "format": "BOOLEAN_YN",
     "type": "boolean"
    }
   ]
  },
  {
   "id": "PRI*DPN",
   "tag": "PRI",
   "match": [
    {
     "element": 1,
     "value": "DPN"
    }
   ],
   "loop": "trailing",
   "head": false,
   "rank": 1000,
   "values": [
    {
     "pointer": "/lex/payload/lead/financing/downPaymentRange/minUSD",
     "path": [
      "lex",
      "payload",
      "lead",
      "financing",
      "downPaymentRange",
      "minUSD"
     ],
     "element": 2,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "PRI*DPX",
   "tag": "PRI",
   "match": [
    {
     "element": 1,
     "value": "DPX"
    }
   ],
   "loop": "trailing",
   "head": false,
   "rank": 1000,
   "values": [
    {
     "pointer": "/lex/payload/lead/financing/downPaymentRange/maxUSD",
     "path": [
      "lex",
      "payload",
      "lead",
      "financing",
      "downPaymentRange",
      "maxUSD"
     ],
     "element": 2,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "MEA*OT*ALT",
   "tag": "MEA",
   "match": [
    {
     "element": 1,
     "value": "OT"
    },
    {
     "element": 2,
     "value": "ALT"
    }
   ],
   "loop": "trailing",
   "head": false,
   "rank": 1001,
   "values": [
    {
     "pointer": "/lex/payload/lead/heavyEquipmentLead/jobSiteAltitude",
     "path": [
      "lex",
      "payload",
      "lead",
      "heavyEquipmentLead",
      "jobSiteAltitude"
     ],
     "element": 3,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  },
  {
   "id": "SAC*C",
   "tag": "SAC",
   "match": [
    {
     "element": 1,
     "value": "C"
    }
   ],
   "loop": "trailing",
   "head": false,
   "rank": 1003,
   "array": {
    "pointer": "/lex/payload/lead/financing/incentives",
    "path": [
     "lex",
     "payload",
     "lead",
     "financing",
     "incentives"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/lead/financing/incentives/*/description",
     "path": [
      "description"
     ],
     "element": 15,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/lead/financing/incentives/*/amountUSD",
     "path": [
      "amountUSD"
     ],
     "element": 5,
     "format": "DECIMAL",
     "type": "number"
    }
   ]
  }
 ],
 "envelope": [
  {
   "pointer": "/lex/header/timestamp",
   "path": [
    "lex",
    "header",
    "timestamp"
   ],
   "segment": "ISA",
   "element": 9,
   "format": "YYMMDD",
   "type": "date-time"
  },
  {
   "pointer": "/lex/header/timestamp",
   "path": [
    "lex",
    "header",
    "timestamp"
   ],
   "segment": "ISA",
   "element": 10,
   "format": "HHMM",
   "type": "date-time"
  },
  {
   "pointer": "/lex/header/senderId",
   "path": [
    "lex",
    "header",
    "senderId"
   ],
   "segment": "ISA",
   "element": 6,
   "type": "string"
  },
  {
   "pointer": "/lex/header/receiverId",
   "path": [
    "lex",
    "header",
    "receiverId"
   ],
   "segment": "ISA",
   "element": 8,
   "type": "string"
  }
 ],
 "required": [
  {
   "pointer": "/lex",
   "path": [
    "lex"
   ]
  },
  {
   "pointer": "/lex/header",
   "path": [
    "lex",
    "header"
   ]
  },
  {
   "pointer": "/lex/header/messageId",
   "path": [
    "lex",
    "header",
    "messageId"
   ],
   "derive": "uuid"
  },
  {
   "pointer": "/lex/header/messageType",
   "path": [
    "lex",
    "header",
    "messageType"
   ]
  },
  {
   "pointer": "/lex/header/timestamp",
   "path": [
    "lex",
    "header",
    "timestamp"
   ]
  },
  {
   "pointer": "/lex/header/senderId",
   "path": [
    "lex",
    "header",
    "senderId"
   ]
  },
  {
   "pointer": "/lex/header/receiverId",
   "path": [
    "lex",
    "header",
    "receiverId"
   ]
  },
  {
   "pointer": "/lex/payload",
   "path": [
    "lex",
    "payload"
   ]
  },
  {
   "pointer": "/lex/payload/lead/leadId",
   "path": [
    "lex",
    "payload",
    "lead",
    "leadId"
   ]
  },
  {
   "pointer": "/lex/payload/lead/status",
   "path": [
    "lex",
    "payload",
    "lead",
    "status"
   ]
  },
  {
   "pointer": "/lex/payload/lead/source",
   "path": [
    "lex",
    "payload",
    "lead",
    "source"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/firstName",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "firstName"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/lastName",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "lastName"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/address",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "address"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/address/street1",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "address",
    "street1"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/address/city",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "address",
    "city"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/address/postalCode",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "address",
    "postalCode"
   ]
  },
  {
   "pointer": "/lex/payload/lead/customer/address/country",
   "path": [
    "lex",
    "payload",
    "lead",
    "customer",
    "address",
    "country"
   ]
  },
  {
   "pointer": "/lex/payload/lead/desiredProduct",
   "path": [
    "lex",
    "payload",
    "lead",
    "desiredProduct"
   ]
  },
  {
   "pointer": "/lex/payload/lead/desiredProduct/make",
   "path": [
    "lex",
    "payload",
    "lead",
    "desiredProduct",
    "make"
   ]
  },
  {
   "pointer": "/lex/payload/lead/desiredProduct/model",
   "path": [
    "lex",
    "payload",
    "lead",
    "desiredProduct",
    "model"
   ]
  }
 ]
};

/** The X12 824 table (GS01 AG), for ACKNOWLEDGMENT messages. */
export const TABLE_824: X12Table = {
 "version": "1.0.0",
 "transactionSet": "824",
 "functionalId": "AG",
 "selects": {
  "pointer": "/lex/header/messageType",
  "path": [
   "lex",
   "header",
   "messageType"
  ],
  "value": "ACKNOWLEDGMENT"
 },
 "lineItemTotal": false,
 "implied": [
  {
   "pointer": "/lex/version",
   "path": [
    "lex",
    "version"
   ],
   "value": "1.0.0"
  },
  {
   "pointer": "/lex/header/messageType",
   "path": [
    "lex",
    "header",
    "messageType"
   ],
   "value": "ACKNOWLEDGMENT"
  }
 ],
 "loopHeads": [
  "N1",
  "OTI",
  "TED"
 ],
 "segments": [
  {
   "id": "BGN",
   "tag": "BGN",
   "match": [],
   "loop": "heading",
   "head": false,
   "rank": 100,
   "values": [
    {
     "pointer": "/lex/header/messageId",
     "path": [
      "lex",
      "header",
      "messageId"
     ],
     "element": 2,
     "type": "string"
    },
    {
     "pointer": "/lex/header/timestamp",
     "path": [
      "lex",
      "header",
      "timestamp"
     ],
     "element": 3,
     "format": "CCYYMMDD",
     "type": "date-time"
    },
    {
     "pointer": "/lex/header/timestamp",
     "path": [
      "lex",
      "header",
      "timestamp"
     ],
     "element": 4,
     "format": "HHMMSS",
     "type": "date-time"
    },
    {
     "pointer": "/lex/header/correlationId",
     "path": [
      "lex",
      "header",
      "correlationId"
     ],
     "element": 6,
     "type": "string"
    }
   ]
  },
  {
   "id": "N1*FR",
   "tag": "N1",
   "match": [
    {
     "element": 1,
     "value": "FR"
    }
   ],
   "loop": "N1*FR",
   "head": true,
   "rank": 200,
   "values": [
    {
     "pointer": "/lex/header/senderId",
     "path": [
      "lex",
      "header",
      "senderId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "N1*TO",
   "tag": "N1",
   "match": [
    {
     "element": 1,
     "value": "TO"
    }
   ],
   "loop": "N1*TO",
   "head": true,
   "rank": 200,
   "values": [
    {
     "pointer": "/lex/header/receiverId",
     "path": [
      "lex",
      "header",
      "receiverId"
     ],
     "element": 2,
     "type": "string"
    }
   ]
  },
  {
   "id": "OTI**TN",
   "tag": "OTI",
   "match": [
    {
     "element": 2,
     "value": "TN"
    }
   ],
   "loop": "OTI**TN",
   "head": true,
   "rank": 300,
   "values": [
    {
     "pointer": "/lex/payload/acknowledgment/originalMessageId",
     "path": [
      "lex",
      "payload",
      "acknowledgment",
      "originalMessageId"
     ],
     "element": 3,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/status",
     "path": [
      "lex",
      "payload",
      "acknowledgment",
      "status"
     ],
     "element": 1,
     "type": "string",
     "codes": {
      "RECEIVED": "TH",
      "PROCESSED": "TA",
      "REJECTED": "TR",
      "ERROR": "TE",
      "DUPLICATE": "TP"
     }
    }
   ]
  },
  {
   "id": "DTM*009",
   "tag": "DTM",
   "match": [
    {
     "element": 1,
     "value": "009"
    }
   ],
   "loop": "OTI**TN",
   "head": false,
   "rank": 302,
   "values": [
    {
     "pointer": "/lex/payload/acknowledgment/processedAt",
     "path": [
      "lex",
      "payload",
      "acknowledgment",
      "processedAt"
     ],
     "element": 2,
     "format": "CCYYMMDD",
     "type": "date-time"
    },
    {
     "pointer": "/lex/payload/acknowledgment/processedAt",
     "path": [
      "lex",
      "payload",
      "acknowledgment",
      "processedAt"
     ],
     "element": 3,
     "format": "HHMMSS",
     "type": "date-time"
    }
   ]
  },
  {
   "id": "TED*848",
   "tag": "TED",
   "match": [
    {
     "element": 1,
     "value": "848"
    }
   ],
   "loop": "TED*848",
   "head": true,
   "rank": 400,
   "array": {
    "pointer": "/lex/payload/acknowledgment/errors",
    "path": [
     "lex",
     "payload",
     "acknowledgment",
     "errors"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/acknowledgment/errors/*/message",
     "path": [
      "message"
     ],
     "element": 2,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/errors/*/path",
     "path": [
      "path"
     ],
     "element": 7,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/errors/*/suggestedAction",
     "path": [
      "suggestedAction"
     ],
     "element": 8,
     "type": "string"
    }
   ]
  },
  {
   "id": "RED***ZZ**ZZ",
   "tag": "RED",
   "match": [
    {
     "element": 3,
     "value": "ZZ"
    },
    {
     "element": 5,
     "value": "ZZ"
    }
   ],
   "loop": "TED*848",
   "head": false,
   "rank": 402,
   "array": {
    "pointer": "/lex/payload/acknowledgment/errors",
    "path": [
     "lex",
     "payload",
     "acknowledgment",
     "errors"
    ],
    "continues": true
   },
   "values": [
    {
     "pointer": "/lex/payload/acknowledgment/errors/*/code",
     "path": [
      "code"
     ],
     "element": 6,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/errors/*/severity",
     "path": [
      "severity"
     ],
     "element": 1,
     "type": "string"
    }
   ]
  },
  {
   "id": "TED*ZZZ",
   "tag": "TED",
   "match": [
    {
     "element": 1,
     "value": "ZZZ"
    }
   ],
   "loop": "TED*ZZZ",
   "head": true,
   "rank": 400,
   "array": {
    "pointer": "/lex/payload/acknowledgment/warnings",
    "path": [
     "lex",
     "payload",
     "acknowledgment",
     "warnings"
    ]
   },
   "values": [
    {
     "pointer": "/lex/payload/acknowledgment/warnings/*/message",
     "path": [
      "message"
     ],
     "element": 2,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/warnings/*/path",
     "path": [
      "path"
     ],
     "element": 7,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/warnings/*/suggestedAction",
     "path": [
      "suggestedAction"
     ],
     "element": 8,
     "type": "string"
    }
   ]
  },
  {
   "id": "RED***ZZ**ZZ#2",
   "tag": "RED",
   "match": [
    {
     "element": 3,
     "value": "ZZ"
    },
    {
     "element": 5,
     "value": "ZZ"
    }
   ],
   "loop": "TED*ZZZ",
   "head": false,
   "rank": 402,
   "array": {
    "pointer": "/lex/payload/acknowledgment/warnings",
    "path": [
     "lex",
     "payload",
     "acknowledgment",
     "warnings"
    ],
    "continues": true
   },
   "values": [
    {
     "pointer": "/lex/payload/acknowledgment/warnings/*/code",
     "path": [
      "code"
     ],
     "element": 6,
     "type": "string"
    },
    {
     "pointer": "/lex/payload/acknowledgment/warnings/*/severity",
     "path": [
      "severity"
     ],
     "element": 1,
     "type": "string"
    }
   ]
  }
 ],
 "envelope": [
  {
   "pointer": "/lex/header/timestamp",
   "path": [
    "lex",
    "header",
    "timestamp"
   ],
   "segment": "ISA",
   "element": 9,
   "format": "YYMMDD",
   "type": "date-time"
  },
  {
   "pointer": "/lex/header/timestamp",
   "path": [
    "lex",
    "header",
    "timestamp"
   ],
   "segment": "ISA",
   "element": 10,
   "format": "HHMM",
   "type": "date-time"
  },
  {
   "pointer": "/lex/header/senderId",
   "path": [
    "lex",
    "header",
    "senderId"
   ],
   "segment": "ISA",
   "element": 6,
   "type": "string"
  },
  {
   "pointer": "/lex/header/receiverId",
   "path": [
    "lex",
    "header",
    "receiverId"
   ],
   "segment": "ISA",
   "element": 8,
   "type": "string"
  }
 ],
 "required": [
  {
   "pointer": "/lex",
   "path": [
    "lex"
   ]
  },
  {
   "pointer": "/lex/header",
   "path": [
    "lex",
    "header"
   ]
  },
  {
   "pointer": "/lex/header/messageId",
   "path": [
    "lex",
    "header",
    "messageId"
   ],
   "derive": "uuid"
  },
  {
   "pointer": "/lex/header/messageType",
   "path": [
    "lex",
    "header",
    "messageType"
   ]
  },
  {
   "pointer": "/lex/header/timestamp",
   "path": [
    "lex",
    "header",
    "timestamp"
   ]
  },
  {
   "pointer": "/lex/header/senderId",
   "path": [
    "lex",
    "header",
    "senderId"
   ]
  },
  {
   "pointer": "/lex/header/receiverId",
   "path": [
    "lex",
    "header",
    "receiverId"
   ]
  },
  {
   "pointer": "/lex/payload",
   "path": [
    "lex",
    "payload"
   ]
  },
  {
   "pointer": "/lex/payload/acknowledgment/originalMessageId",
   "path": [
    "lex",
    "payload",
    "acknowledgment",
    "originalMessageId"
   ],
   "derive": "uuid"
  },
  {
   "pointer": "/lex/payload/acknowledgment/status",
   "path": [
    "lex",
    "payload",
    "acknowledgment",
    "status"
   ]
  },
  {
   "pointer": "/lex/payload/acknowledgment/processedAt",
   "path": [
    "lex",
    "payload",
    "acknowledgment",
    "processedAt"
   ]
  }
 ]
};

/** Every transaction set LEX writes; the first (850) is the default for message types no other set selects. */
export const TABLES: readonly X12Table[] = [TABLE, TABLE_824];
