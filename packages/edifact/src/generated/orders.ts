// Generated from schema/ by generators/src/emitters/edifact.ts — do not edit. LEX 1.0.0
// EDIFACT ORDERS (ALXLDE:D:96A:UN) as LEX writes it, between UNH and UNT:
//   BGM → 1.1 /lex/header/messageType, 2.1 /lex/payload/lead/leadId
//   DTM [1.1=137] → 1.2 /lex/header/timestamp
//   DTM [1.1=039] → 1.2 /lex/payload/lead/metadata/expirationDate
//   RFF [1.1=ACW] → 1.2 /lex/header/correlationId
//   RFF [1.1=ST] → 1.2 /lex/payload/lead/status
//   RFF [1.1=LS] → 1.2 /lex/payload/lead/source
//   RFF [1.1=LT] → 1.2 /lex/payload/lead/leadType
//   RFF [1.1=ON] → 1.2 /lex/payload/lead/parentOrderId
//   RFF [1.1=SR] → 1.2 /lex/payload/lead/metadata/customFields/salesRepId
//   RFF [1.1=CP] → 1.2 /lex/payload/lead/metadata/customFields/campaignCode
//   RFF [1.1=AV] → 1.2 /lex/payload/lead/aviationLead/operatorCertificate
//   RFF [1.1=IU] → 1.2 /lex/payload/lead/aviationLead/intendedUse
//   RFF [1.1=MC] → 1.2 /lex/payload/lead/maritimeLead/charterType
//   RFF [1.1=TA] → 1.2 /lex/payload/lead/maritimeLead/intendedTradingArea
//   RFF [1.1=AC] → 1.2 /lex/payload/lead/heavyEquipmentLead/attachmentCouplerStandard
//   RFF [1.1=RA] → 1.2 /lex/payload/lead/realEstateLead/buyerRepresentationAgreementStatus
//   RFF [1.1=EX] → 1.2 /lex/payload/lead/realEstateLead/exchangeType
//   RFF [1.1=PA] → 1.2 /lex/payload/lead/realEstateLead/preApprovalAmount
//   RFF [1.1=SC] (repeats) → 1.2 /lex/payload/lead/technologyLead/securityCertificationRequirements
//   RFF [1.1=ER] → 1.2 /lex/payload/lead/technologyLead/evergreenRefreshTrigger
//   NAD [1=BY] → 2.1 /lex/header/senderId
//   NAD [1=SH] → 2.1 /lex/header/receiverId
//   NAD [1=DP] → 4.2 /lex/payload/lead/customer/firstName, 4.1 /lex/payload/lead/customer/lastName, 5.1 /lex/payload/lead/customer/address/street1, 5.2 /lex/payload/lead/customer/address/street2, 6.1 /lex/payload/lead/customer/address/city, 7.1 /lex/payload/lead/customer/address/state, 8.1 /lex/payload/lead/customer/address/postalCode, 9.1 /lex/payload/lead/customer/address/country
//     RFF [1.1=CT] → 1.2 /lex/payload/lead/customer/creditTier
//     RFF [1.1=FB] → 1.2 /lex/payload/lead/customer/fleetBuyer/isFleet
//     CTA [1.1=OC]
//       COM [1.2=EM] → 1.1 /lex/payload/lead/customer/email
//       COM [1.2=TE] → 1.1 /lex/payload/lead/customer/phone
//   LIN [3.1=VC] → 3.3 /lex/payload/lead/desiredProduct/make, 3.4 /lex/payload/lead/desiredProduct/model, 3.2 /lex/payload/lead/desiredProduct/year, 3.5 /lex/payload/lead/desiredProduct/trim
//     IMD [1=F 2=∅ 3.5=∅] (repeats) → 3.4 /lex/payload/lead/desiredProduct/desiredFeatures
//     IMD [1=F 3.5=NEG] (repeats) → 3.4 /lex/payload/lead/desiredProduct/excludedFeatures
//     IMD [1=F 2=OI] (repeats) → 3.4 /lex/payload/lead/desiredProduct/installedOptions/*/name
//     MEA [1=OT 2.1=ALT] → 3.2 /lex/payload/lead/heavyEquipmentLead/jobSiteAltitude
//     QTY [1.1=1] → 1.2 /lex/payload/lead/customer/fleetBuyer/fleetSize
//     PRI [1.1=INV] → 1.2 /lex/payload/lead/desiredProduct/priceRange/minUSD
//     PRI [1.1=MAX] → 1.2 /lex/payload/lead/desiredProduct/priceRange/maxUSD
//     PRI [1.1=DPN] → 1.2 /lex/payload/lead/financing/downPaymentRange/minUSD
//     PRI [1.1=DPX] → 1.2 /lex/payload/lead/financing/downPaymentRange/maxUSD
//     RFF [1.1=FO] → 1.2 /lex/payload/lead/desiredProduct/factoryOrderPreference
//   LIN [3.1=VT] → 3.2 /lex/payload/lead/tradeIn/year, 3.3 /lex/payload/lead/tradeIn/make, 3.4 /lex/payload/lead/tradeIn/model
//     MEA [1=OT 2.1=94] → 3.2 /lex/payload/lead/tradeIn/mileage
//     PRI [1.1=PA] → 1.2 /lex/payload/lead/tradeIn/payoffAmount
//     RFF [1.1=VN] → 1.2 /lex/payload/lead/tradeIn/vin
//     RFF [1.1=OS] → 1.2 /lex/payload/lead/tradeIn/odometerStatus
//     RFF [1.1=TS] → 1.2 /lex/payload/lead/tradeIn/titleStatus
//     RFF [1.1=AH] → 1.2 /lex/payload/lead/tradeIn/accidentHistory/accidentCount
//     RFF [1.1=AD] → 1.2 /lex/payload/lead/tradeIn/accidentHistory/airbagDeployed
// envelope: UNH 1.1 /lex/header/messageId, UNB 4.1 /lex/header/timestamp, UNB 4.2 /lex/header/timestamp, UNB 2.1 /lex/header/senderId, UNB 3.1 /lex/header/receiverId
import type { OrdersTable } from '../table.js';

export const ORDERS: OrdersTable = {
 version: {"path":["lex","version"],"value":"1.0.0"},
 messageIdentifier: ["ALXLDE","D","96A","UN"],
 fields: [
  {"pointer":"/lex/header/messageId","path":["lex","header","messageId"],"shape":"scalar","type":"string"}, // 0
  {"pointer":"/lex/header/messageType","path":["lex","header","messageType"],"shape":"scalar","type":"string","enum":["LEAD","ASSET","ACKNOWLEDGMENT","SUBSCRIPTION","LEAD_CLOSURE"]}, // 1
  {"pointer":"/lex/header/timestamp","path":["lex","header","timestamp"],"shape":"scalar","type":"string"}, // 2
  {"pointer":"/lex/header/senderId","path":["lex","header","senderId"],"shape":"scalar","type":"string"}, // 3
  {"pointer":"/lex/header/receiverId","path":["lex","header","receiverId"],"shape":"scalar","type":"string"}, // 4
  {"pointer":"/lex/header/correlationId","path":["lex","header","correlationId"],"shape":"scalar","type":"string"}, // 5
  {"pointer":"/lex/payload/lead/leadId","path":["lex","payload","lead","leadId"],"shape":"scalar","type":"string"}, // 6
  {"pointer":"/lex/payload/lead/status","path":["lex","payload","lead","status"],"shape":"scalar","type":"string","enum":["CART","SHOPPING","EXPLORING","TRADE_IN","EXPRESSED_INTEREST","RESERVATION","APPOINTMENT_REQUEST","TEST_DRIVE_REQUESTED","TEST_DRIVE_COMPLETED","IN_NEGOTIATION","ORDER","ORDER_CONFIRMED","IN_DELIVERY","DELIVERED","ARCHIVED"]}, // 7
  {"pointer":"/lex/payload/lead/source","path":["lex","payload","lead","source"],"shape":"scalar","type":"string","enum":["RETAILER_WEBSITE","RETAILER_CRM","MANUFACTURER_WEBSITE","THIRD_PARTY_PORTAL","DIRECT_CALL","SHOWROOM","SOCIAL_MEDIA","EMAIL_CAMPAIGN","REFERRAL","OTHER"]}, // 8
  {"pointer":"/lex/payload/lead/leadType","path":["lex","payload","lead","leadType"],"shape":"scalar","type":"string","enum":["PRIMARY","CART","TEST_DRIVE","TRADE_IN_EVALUATION","POST_ORDER","CROSS_SELL","ACCESSORY","PROTECTION_PLAN","SUBSCRIPTION","RETAILER_INSTALLED_OPTION","SERVICE_UPGRADE"]}, // 9
  {"pointer":"/lex/payload/lead/parentOrderId","path":["lex","payload","lead","parentOrderId"],"shape":"scalar","type":"string"}, // 10
  {"pointer":"/lex/payload/lead/customer/firstName","path":["lex","payload","lead","customer","firstName"],"shape":"scalar","type":"string"}, // 11
  {"pointer":"/lex/payload/lead/customer/lastName","path":["lex","payload","lead","customer","lastName"],"shape":"scalar","type":"string"}, // 12
  {"pointer":"/lex/payload/lead/customer/email","path":["lex","payload","lead","customer","email"],"shape":"scalar","type":"string","emailFormat":true}, // 13
  {"pointer":"/lex/payload/lead/customer/phone","path":["lex","payload","lead","customer","phone"],"shape":"scalar","type":"string"}, // 14
  {"pointer":"/lex/payload/lead/customer/address/street1","path":["lex","payload","lead","customer","address","street1"],"shape":"scalar","type":"string"}, // 15
  {"pointer":"/lex/payload/lead/customer/address/street2","path":["lex","payload","lead","customer","address","street2"],"shape":"scalar","type":"string"}, // 16
  {"pointer":"/lex/payload/lead/customer/address/city","path":["lex","payload","lead","customer","address","city"],"shape":"scalar","type":"string"}, // 17
  {"pointer":"/lex/payload/lead/customer/address/state","path":["lex","payload","lead","customer","address","state"],"shape":"scalar","type":"string"}, // 18
  {"pointer":"/lex/payload/lead/customer/address/postalCode","path":["lex","payload","lead","customer","address","postalCode"],"shape":"scalar","type":"string"}, // 19
  {"pointer":"/lex/payload/lead/customer/address/country","path":["lex","payload","lead","customer","address","country"],"shape":"scalar","type":"string"}, // 20
  {"pointer":"/lex/payload/lead/customer/creditTier","path":["lex","payload","lead","customer","creditTier"],"shape":"scalar","type":"string","enum":["SUPER_PRIME","PRIME","NEAR_PRIME","SUBPRIME","DEEP_SUBPRIME","UNKNOWN"]}, // 21
  {"pointer":"/lex/payload/lead/customer/fleetBuyer/isFleet","path":["lex","payload","lead","customer","fleetBuyer","isFleet"],"shape":"scalar","type":"boolean"}, // 22
  {"pointer":"/lex/payload/lead/customer/fleetBuyer/fleetSize","path":["lex","payload","lead","customer","fleetBuyer","fleetSize"],"shape":"scalar","type":"integer"}, // 23
  {"pointer":"/lex/payload/lead/desiredProduct/make","path":["lex","payload","lead","desiredProduct","make"],"shape":"scalar","type":"string"}, // 24
  {"pointer":"/lex/payload/lead/desiredProduct/model","path":["lex","payload","lead","desiredProduct","model"],"shape":"scalar","type":"string"}, // 25
  {"pointer":"/lex/payload/lead/desiredProduct/year","path":["lex","payload","lead","desiredProduct","year"],"shape":"scalar","type":"integer"}, // 26
  {"pointer":"/lex/payload/lead/desiredProduct/trim","path":["lex","payload","lead","desiredProduct","trim"],"shape":"scalar","type":"string"}, // 27
  {"pointer":"/lex/payload/lead/desiredProduct/desiredFeatures","path":["lex","payload","lead","desiredProduct","desiredFeatures"],"shape":"list","type":"string"}, // 28
  {"pointer":"/lex/payload/lead/desiredProduct/excludedFeatures","path":["lex","payload","lead","desiredProduct","excludedFeatures"],"shape":"list","type":"string"}, // 29
  {"pointer":"/lex/payload/lead/desiredProduct/priceRange/minUSD","path":["lex","payload","lead","desiredProduct","priceRange","minUSD"],"shape":"scalar","type":"number"}, // 30
  {"pointer":"/lex/payload/lead/desiredProduct/priceRange/maxUSD","path":["lex","payload","lead","desiredProduct","priceRange","maxUSD"],"shape":"scalar","type":"number"}, // 31
  {"pointer":"/lex/payload/lead/desiredProduct/installedOptions","path":["lex","payload","lead","desiredProduct","installedOptions"],"shape":"array","type":"string"}, // 32
  {"pointer":"/lex/payload/lead/desiredProduct/installedOptions/*/name","path":["lex","payload","lead","desiredProduct","installedOptions","*","name"],"shape":"item","type":"string","array":32,"itemPath":["name"]}, // 33
  {"pointer":"/lex/payload/lead/desiredProduct/factoryOrderPreference","path":["lex","payload","lead","desiredProduct","factoryOrderPreference"],"shape":"scalar","type":"string","enum":["IN_STOCK_ONLY","FACTORY_ORDER_PREFERRED","FACTORY_ORDER_ONLY","OEM_FACTORY","DEALER_STOCK_PREFERRED","EITHER"]}, // 34
  {"pointer":"/lex/payload/lead/tradeIn/year","path":["lex","payload","lead","tradeIn","year"],"shape":"scalar","type":"integer"}, // 35
  {"pointer":"/lex/payload/lead/tradeIn/make","path":["lex","payload","lead","tradeIn","make"],"shape":"scalar","type":"string"}, // 36
  {"pointer":"/lex/payload/lead/tradeIn/model","path":["lex","payload","lead","tradeIn","model"],"shape":"scalar","type":"string"}, // 37
  {"pointer":"/lex/payload/lead/tradeIn/vin","path":["lex","payload","lead","tradeIn","vin"],"shape":"scalar","type":"string"}, // 38
  {"pointer":"/lex/payload/lead/tradeIn/mileage","path":["lex","payload","lead","tradeIn","mileage"],"shape":"scalar","type":"integer"}, // 39
  {"pointer":"/lex/payload/lead/tradeIn/odometerStatus","path":["lex","payload","lead","tradeIn","odometerStatus"],"shape":"scalar","type":"string","enum":["ACTUAL","NOT_ACTUAL","EXCEEDS_MECHANICAL_LIMITS","EXEMPT","UNKNOWN"]}, // 40
  {"pointer":"/lex/payload/lead/tradeIn/titleStatus","path":["lex","payload","lead","tradeIn","titleStatus"],"shape":"scalar","type":"string","enum":["CLEAN","SALVAGE","REBUILT","FLOOD","LEMON","LIEN","MISSING","UNKNOWN"]}, // 41
  {"pointer":"/lex/payload/lead/tradeIn/payoffAmount","path":["lex","payload","lead","tradeIn","payoffAmount"],"shape":"scalar","type":"number"}, // 42
  {"pointer":"/lex/payload/lead/tradeIn/accidentHistory/accidentCount","path":["lex","payload","lead","tradeIn","accidentHistory","accidentCount"],"shape":"scalar","type":"integer"}, // 43
  {"pointer":"/lex/payload/lead/tradeIn/accidentHistory/airbagDeployed","path":["lex","payload","lead","tradeIn","accidentHistory","airbagDeployed"],"shape":"scalar","type":"boolean"}, // 44
  {"pointer":"/lex/payload/lead/financing/downPaymentRange/minUSD","path":["lex","payload","lead","financing","downPaymentRange","minUSD"],"shape":"scalar","type":"number"}, // 45
  {"pointer":"/lex/payload/lead/financing/downPaymentRange/maxUSD","path":["lex","payload","lead","financing","downPaymentRange","maxUSD"],"shape":"scalar","type":"number"}, // 46
  {"pointer":"/lex/payload/lead/metadata/expirationDate","path":["lex","payload","lead","metadata","expirationDate"],"shape":"scalar","type":"string"}, // 47
  {"pointer":"/lex/payload/lead/metadata/customFields","path":["lex","payload","lead","metadata","customFields"],"shape":"entry","type":"string","key":"salesRepId"}, // 48
  {"pointer":"/lex/payload/lead/metadata/customFields","path":["lex","payload","lead","metadata","customFields"],"shape":"entry","type":"string","key":"campaignCode"}, // 49
  {"pointer":"/lex/payload/lead/aviationLead/operatorCertificate","path":["lex","payload","lead","aviationLead","operatorCertificate"],"shape":"scalar","type":"string","enum":["PART_91","PART_121","PART_135","EASA_AOC","PRIVATE"]}, // 50
  {"pointer":"/lex/payload/lead/aviationLead/intendedUse","path":["lex","payload","lead","aviationLead","intendedUse"],"shape":"scalar","type":"string"}, // 51
  {"pointer":"/lex/payload/lead/maritimeLead/charterType","path":["lex","payload","lead","maritimeLead","charterType"],"shape":"scalar","type":"string","enum":["BARE_BOAT","TIME_CHARTER","VOYAGE_CHARTER","DEMISE","NONE"]}, // 52
  {"pointer":"/lex/payload/lead/maritimeLead/intendedTradingArea","path":["lex","payload","lead","maritimeLead","intendedTradingArea"],"shape":"scalar","type":"string"}, // 53
  {"pointer":"/lex/payload/lead/heavyEquipmentLead/attachmentCouplerStandard","path":["lex","payload","lead","heavyEquipmentLead","attachmentCouplerStandard"],"shape":"scalar","type":"string"}, // 54
  {"pointer":"/lex/payload/lead/heavyEquipmentLead/jobSiteAltitude","path":["lex","payload","lead","heavyEquipmentLead","jobSiteAltitude"],"shape":"scalar","type":"number"}, // 55
  {"pointer":"/lex/payload/lead/realEstateLead/buyerRepresentationAgreementStatus","path":["lex","payload","lead","realEstateLead","buyerRepresentationAgreementStatus"],"shape":"scalar","type":"string"}, // 56
  {"pointer":"/lex/payload/lead/realEstateLead/exchangeType","path":["lex","payload","lead","realEstateLead","exchangeType"],"shape":"scalar","type":"string"}, // 57
  {"pointer":"/lex/payload/lead/realEstateLead/preApprovalAmount","path":["lex","payload","lead","realEstateLead","preApprovalAmount"],"shape":"scalar","type":"number"}, // 58
  {"pointer":"/lex/payload/lead/technologyLead/securityCertificationRequirements","path":["lex","payload","lead","technologyLead","securityCertificationRequirements"],"shape":"list","type":"string"}, // 59
  {"pointer":"/lex/payload/lead/technologyLead/evergreenRefreshTrigger","path":["lex","payload","lead","technologyLead","evergreenRefreshTrigger"],"shape":"scalar","type":"string"}, // 60
 ],
 slots: [
  {"tag":"BGM","match":[],"fixed":[[3,0,"9"]],"values":[{"field":1,"element":1,"component":1,"codes":{"LEAD":"350"}},{"field":6,"element":2,"component":1}],"parent":-1,"trigger":false,"owner":"/lex"}, // 0
  {"tag":"DTM","match":[[1,1,"137"]],"fixed":[],"values":[{"field":2,"element":1,"component":2,"format":"CCYYMMDDHHMMSS","formatCode":[1,3,"204"]}],"parent":-1,"trigger":false,"owner":"/lex/header"}, // 1
  {"tag":"DTM","match":[[1,1,"039"]],"fixed":[],"values":[{"field":47,"element":1,"component":2,"format":"CCYYMMDDHHMMSS","formatCode":[1,3,"204"]}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/metadata"}, // 2
  {"tag":"RFF","match":[[1,1,"ACW"]],"fixed":[],"values":[{"field":5,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/header"}, // 3
  {"tag":"RFF","match":[[1,1,"ST"]],"fixed":[],"values":[{"field":7,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead"}, // 4
  {"tag":"RFF","match":[[1,1,"LS"]],"fixed":[],"values":[{"field":8,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead"}, // 5
  {"tag":"RFF","match":[[1,1,"LT"]],"fixed":[],"values":[{"field":9,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead"}, // 6
  {"tag":"RFF","match":[[1,1,"ON"]],"fixed":[],"values":[{"field":10,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead"}, // 7
  {"tag":"RFF","match":[[1,1,"SR"]],"fixed":[],"values":[{"field":48,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/metadata"}, // 8
  {"tag":"RFF","match":[[1,1,"CP"]],"fixed":[],"values":[{"field":49,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/metadata"}, // 9
  {"tag":"RFF","match":[[1,1,"AV"]],"fixed":[],"values":[{"field":50,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/aviationLead"}, // 10
  {"tag":"RFF","match":[[1,1,"IU"]],"fixed":[],"values":[{"field":51,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/aviationLead"}, // 11
  {"tag":"RFF","match":[[1,1,"MC"]],"fixed":[],"values":[{"field":52,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/maritimeLead"}, // 12
  {"tag":"RFF","match":[[1,1,"TA"]],"fixed":[],"values":[{"field":53,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/maritimeLead"}, // 13
  {"tag":"RFF","match":[[1,1,"AC"]],"fixed":[],"values":[{"field":54,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/heavyEquipmentLead"}, // 14
  {"tag":"RFF","match":[[1,1,"RA"]],"fixed":[],"values":[{"field":56,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/realEstateLead"}, // 15
  {"tag":"RFF","match":[[1,1,"EX"]],"fixed":[],"values":[{"field":57,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/realEstateLead"}, // 16
  {"tag":"RFF","match":[[1,1,"PA"]],"fixed":[],"values":[{"field":58,"element":1,"component":2,"format":"DECIMAL"}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/realEstateLead"}, // 17
  {"tag":"RFF","match":[[1,1,"SC"]],"fixed":[],"values":[{"field":59,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/technologyLead","repeat":59}, // 18
  {"tag":"RFF","match":[[1,1,"ER"]],"fixed":[],"values":[{"field":60,"element":1,"component":2}],"parent":-1,"trigger":false,"owner":"/lex/payload/lead/technologyLead"}, // 19
  {"tag":"NAD","match":[[1,0,"BY"]],"fixed":[],"values":[{"field":3,"element":2,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/header"}, // 20
  {"tag":"NAD","match":[[1,0,"SH"]],"fixed":[],"values":[{"field":4,"element":2,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/header"}, // 21
  {"tag":"NAD","match":[[1,0,"DP"]],"fixed":[],"values":[{"field":11,"element":4,"component":2},{"field":12,"element":4,"component":1},{"field":15,"element":5,"component":1},{"field":16,"element":5,"component":2},{"field":17,"element":6,"component":1},{"field":18,"element":7,"component":1},{"field":19,"element":8,"component":1},{"field":20,"element":9,"component":1}],"parent":-1,"trigger":true,"owner":"/lex/payload/lead/customer"}, // 22
  {"tag":"RFF","match":[[1,1,"CT"]],"fixed":[],"values":[{"field":21,"element":1,"component":2}],"parent":22,"trigger":false,"owner":"/lex/payload/lead/customer"}, // 23
  {"tag":"RFF","match":[[1,1,"FB"]],"fixed":[],"values":[{"field":22,"element":1,"component":2,"format":"BOOLEAN_YN"}],"parent":22,"trigger":false,"owner":"/lex/payload/lead/customer/fleetBuyer"}, // 24
  {"tag":"CTA","match":[[1,1,"OC"]],"fixed":[],"values":[],"parent":22,"trigger":true,"owner":"/lex/payload/lead/customer"}, // 25
  {"tag":"COM","match":[[1,2,"EM"]],"fixed":[],"values":[{"field":13,"element":1,"component":1}],"parent":25,"trigger":false,"owner":"/lex/payload/lead/customer"}, // 26
  {"tag":"COM","match":[[1,2,"TE"]],"fixed":[],"values":[{"field":14,"element":1,"component":1}],"parent":25,"trigger":false,"owner":"/lex/payload/lead/customer"}, // 27
  {"tag":"LIN","match":[[3,1,"VC"]],"fixed":[],"values":[{"field":24,"element":3,"component":3},{"field":25,"element":3,"component":4},{"field":26,"element":3,"component":2,"format":"INTEGER"},{"field":27,"element":3,"component":5}],"parent":-1,"trigger":true,"owner":"/lex/payload/lead/desiredProduct","lineNumber":1}, // 28
  {"tag":"IMD","match":[[1,0,"F"],[2,0,""],[3,5,""]],"fixed":[],"values":[{"field":28,"element":3,"component":4}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/desiredProduct","repeat":28}, // 29
  {"tag":"IMD","match":[[1,0,"F"],[3,5,"NEG"]],"fixed":[],"values":[{"field":29,"element":3,"component":4}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/desiredProduct","repeat":29}, // 30
  {"tag":"IMD","match":[[1,0,"F"],[2,0,"OI"]],"fixed":[],"values":[{"field":33,"element":3,"component":4}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/desiredProduct/installedOptions","repeat":32}, // 31
  {"tag":"MEA","match":[[1,0,"OT"],[2,1,"ALT"]],"fixed":[],"values":[{"field":55,"element":3,"component":2,"format":"DECIMAL"}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/heavyEquipmentLead"}, // 32
  {"tag":"QTY","match":[[1,1,"1"]],"fixed":[],"values":[{"field":23,"element":1,"component":2,"format":"INTEGER"}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/customer/fleetBuyer"}, // 33
  {"tag":"PRI","match":[[1,1,"INV"]],"fixed":[],"values":[{"field":30,"element":1,"component":2,"format":"DECIMAL"}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/desiredProduct/priceRange"}, // 34
  {"tag":"PRI","match":[[1,1,"MAX"]],"fixed":[],"values":[{"field":31,"element":1,"component":2,"format":"DECIMAL"}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/desiredProduct/priceRange"}, // 35
  {"tag":"PRI","match":[[1,1,"DPN"]],"fixed":[],"values":[{"field":45,"element":1,"component":2,"format":"DECIMAL"}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/financing/downPaymentRange"}, // 36
  {"tag":"PRI","match":[[1,1,"DPX"]],"fixed":[],"values":[{"field":46,"element":1,"component":2,"format":"DECIMAL"}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/financing/downPaymentRange"}, // 37
  {"tag":"RFF","match":[[1,1,"FO"]],"fixed":[],"values":[{"field":34,"element":1,"component":2}],"parent":28,"trigger":false,"owner":"/lex/payload/lead/desiredProduct"}, // 38
  {"tag":"LIN","match":[[3,1,"VT"]],"fixed":[],"values":[{"field":35,"element":3,"component":2,"format":"INTEGER"},{"field":36,"element":3,"component":3},{"field":37,"element":3,"component":4}],"parent":-1,"trigger":true,"owner":"/lex/payload/lead/tradeIn","lineNumber":1}, // 39
  {"tag":"MEA","match":[[1,0,"OT"],[2,1,"94"]],"fixed":[],"values":[{"field":39,"element":3,"component":2,"format":"INTEGER"}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn"}, // 40
  {"tag":"PRI","match":[[1,1,"PA"]],"fixed":[],"values":[{"field":42,"element":1,"component":2,"format":"DECIMAL"}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn"}, // 41
  {"tag":"RFF","match":[[1,1,"VN"]],"fixed":[],"values":[{"field":38,"element":1,"component":2}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn"}, // 42
  {"tag":"RFF","match":[[1,1,"OS"]],"fixed":[],"values":[{"field":40,"element":1,"component":2}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn"}, // 43
  {"tag":"RFF","match":[[1,1,"TS"]],"fixed":[],"values":[{"field":41,"element":1,"component":2}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn"}, // 44
  {"tag":"RFF","match":[[1,1,"AH"]],"fixed":[],"values":[{"field":43,"element":1,"component":2,"format":"INTEGER"}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn/accidentHistory"}, // 45
  {"tag":"RFF","match":[[1,1,"AD"]],"fixed":[],"values":[{"field":44,"element":1,"component":2,"format":"BOOLEAN_YN"}],"parent":39,"trigger":false,"owner":"/lex/payload/lead/tradeIn/accidentHistory"}, // 46
 ],
 envelope: [
  {"field":0,"tag":"UNH","element":1,"component":1}, // 0
  {"field":2,"tag":"UNB","element":4,"component":1,"format":"YYMMDD"}, // 1
  {"field":2,"tag":"UNB","element":4,"component":2,"format":"HHMM"}, // 2
  {"field":3,"tag":"UNB","element":2,"component":1}, // 3
  {"field":4,"tag":"UNB","element":3,"component":1}, // 4
 ],
 ignorable: {"NAD":["2.2","2.3"],"BGM":["1.2","1.3","1.4"],"LIN":["1.1","2.1"],"RFF":["1.3","1.4"]},
 required: [
  {"pointer":"/lex","path":["lex"]}, // 0
  {"pointer":"/lex/header","path":["lex","header"]}, // 1
  {"pointer":"/lex/header/messageId","path":["lex","header","messageId"]}, // 2
  {"pointer":"/lex/header/messageType","path":["lex","header","messageType"]}, // 3
  {"pointer":"/lex/header/timestamp","path":["lex","header","timestamp"]}, // 4
  {"pointer":"/lex/header/senderId","path":["lex","header","senderId"]}, // 5
  {"pointer":"/lex/header/receiverId","path":["lex","header","receiverId"]}, // 6
  {"pointer":"/lex/payload","path":["lex","payload"]}, // 7
  {"pointer":"/lex/payload/lead/leadId","path":["lex","payload","lead","leadId"]}, // 8
  {"pointer":"/lex/payload/lead/status","path":["lex","payload","lead","status"]}, // 9
  {"pointer":"/lex/payload/lead/source","path":["lex","payload","lead","source"]}, // 10
  {"pointer":"/lex/payload/lead/customer","path":["lex","payload","lead","customer"]}, // 11
  {"pointer":"/lex/payload/lead/customer/firstName","path":["lex","payload","lead","customer","firstName"]}, // 12
  {"pointer":"/lex/payload/lead/customer/lastName","path":["lex","payload","lead","customer","lastName"]}, // 13
  {"pointer":"/lex/payload/lead/customer/address","path":["lex","payload","lead","customer","address"]}, // 14
  {"pointer":"/lex/payload/lead/customer/address/street1","path":["lex","payload","lead","customer","address","street1"]}, // 15
  {"pointer":"/lex/payload/lead/customer/address/city","path":["lex","payload","lead","customer","address","city"]}, // 16
  {"pointer":"/lex/payload/lead/customer/address/postalCode","path":["lex","payload","lead","customer","address","postalCode"]}, // 17
  {"pointer":"/lex/payload/lead/customer/address/country","path":["lex","payload","lead","customer","address","country"]}, // 18
  {"pointer":"/lex/payload/lead/desiredProduct","path":["lex","payload","lead","desiredProduct"]}, // 19
  {"pointer":"/lex/payload/lead/desiredProduct/make","path":["lex","payload","lead","desiredProduct","make"]}, // 20
  {"pointer":"/lex/payload/lead/desiredProduct/model","path":["lex","payload","lead","desiredProduct","model"]}, // 21
 ],
};

/**
 * Builds the message from the values read (index = field), members in schema order; then calls `missing` with the
 * index in `required` of each required field left unset in an object that was made.
 */
export function buildMessage(v: unknown[], missing?: (required: number) => void): Record<string, unknown> {
  type Obj = Record<string, unknown>;
  const n0: Obj = {};
  let n1: Obj | undefined, n2: Obj | undefined, n3: Obj | undefined, n4: Obj | undefined, n5: Obj | undefined, n6: Obj | undefined, n7: Obj | undefined, n8: Obj | undefined, n9: Obj | undefined, n10: Obj | undefined, n11: Obj | undefined, n12: Obj | undefined, n13: Obj | undefined, n14: Obj | undefined, n15: Obj | undefined, n16: Obj | undefined, n17: Obj | undefined, n18: Obj | undefined, n19: Obj | undefined, n20: Obj | undefined;
  let x: unknown;
  (n1 ??= (n0.lex = {})).version = "1.0.0";
  if ((x = v[0]) !== undefined) { v[0] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).messageId = x; } // /lex/header/messageId
  if ((x = v[1]) !== undefined) { v[1] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).messageType = x; } // /lex/header/messageType
  if ((x = v[2]) !== undefined) { v[2] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).timestamp = x; } // /lex/header/timestamp
  if ((x = v[3]) !== undefined) { v[3] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).senderId = x; } // /lex/header/senderId
  if ((x = v[4]) !== undefined) { v[4] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).receiverId = x; } // /lex/header/receiverId
  if ((x = v[5]) !== undefined) { v[5] = undefined; (n2 ??= ((n1 ??= (n0.lex = {})).header = {})).correlationId = x; } // /lex/header/correlationId
  if ((x = v[6]) !== undefined) { v[6] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).leadId = x; } // /lex/payload/lead/leadId
  if ((x = v[7]) !== undefined) { v[7] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).status = x; } // /lex/payload/lead/status
  if ((x = v[8]) !== undefined) { v[8] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).source = x; } // /lex/payload/lead/source
  if ((x = v[9]) !== undefined) { v[9] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).leadType = x; } // /lex/payload/lead/leadType
  if ((x = v[10]) !== undefined) { v[10] = undefined; (n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).parentOrderId = x; } // /lex/payload/lead/parentOrderId
  if ((x = v[11]) !== undefined) { v[11] = undefined; (n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).firstName = x; } // /lex/payload/lead/customer/firstName
  if ((x = v[12]) !== undefined) { v[12] = undefined; (n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).lastName = x; } // /lex/payload/lead/customer/lastName
  if ((x = v[13]) !== undefined) { v[13] = undefined; (n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).email = x; } // /lex/payload/lead/customer/email
  if ((x = v[14]) !== undefined) { v[14] = undefined; (n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).phone = x; } // /lex/payload/lead/customer/phone
  if ((x = v[15]) !== undefined) { v[15] = undefined; (n6 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).address = {})).street1 = x; } // /lex/payload/lead/customer/address/street1
  if ((x = v[16]) !== undefined) { v[16] = undefined; (n6 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).address = {})).street2 = x; } // /lex/payload/lead/customer/address/street2
  if ((x = v[17]) !== undefined) { v[17] = undefined; (n6 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).address = {})).city = x; } // /lex/payload/lead/customer/address/city
  if ((x = v[18]) !== undefined) { v[18] = undefined; (n6 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).address = {})).state = x; } // /lex/payload/lead/customer/address/state
  if ((x = v[19]) !== undefined) { v[19] = undefined; (n6 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).address = {})).postalCode = x; } // /lex/payload/lead/customer/address/postalCode
  if ((x = v[20]) !== undefined) { v[20] = undefined; (n6 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).address = {})).country = x; } // /lex/payload/lead/customer/address/country
  if ((x = v[21]) !== undefined) { v[21] = undefined; (n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).creditTier = x; } // /lex/payload/lead/customer/creditTier
  if ((x = v[22]) !== undefined) { v[22] = undefined; (n7 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).fleetBuyer = {})).isFleet = x; } // /lex/payload/lead/customer/fleetBuyer/isFleet
  if ((x = v[23]) !== undefined) { v[23] = undefined; (n7 ??= ((n5 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).customer = {})).fleetBuyer = {})).fleetSize = x; } // /lex/payload/lead/customer/fleetBuyer/fleetSize
  if ((x = v[24]) !== undefined) { v[24] = undefined; (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).make = x; } // /lex/payload/lead/desiredProduct/make
  if ((x = v[25]) !== undefined) { v[25] = undefined; (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).model = x; } // /lex/payload/lead/desiredProduct/model
  if ((x = v[26]) !== undefined) { v[26] = undefined; (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).year = x; } // /lex/payload/lead/desiredProduct/year
  if ((x = v[27]) !== undefined) { v[27] = undefined; (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).trim = x; } // /lex/payload/lead/desiredProduct/trim
  if ((x = v[28]) !== undefined) { v[28] = undefined; if ((x as unknown[]).length !== 0) (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).desiredFeatures = x; } // /lex/payload/lead/desiredProduct/desiredFeatures
  if ((x = v[29]) !== undefined) { v[29] = undefined; if ((x as unknown[]).length !== 0) (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).excludedFeatures = x; } // /lex/payload/lead/desiredProduct/excludedFeatures
  if ((x = v[30]) !== undefined) { v[30] = undefined; (n9 ??= ((n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).priceRange = {})).minUSD = x; } // /lex/payload/lead/desiredProduct/priceRange/minUSD
  if ((x = v[31]) !== undefined) { v[31] = undefined; (n9 ??= ((n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).priceRange = {})).maxUSD = x; } // /lex/payload/lead/desiredProduct/priceRange/maxUSD
  if ((x = v[32]) !== undefined) { v[32] = undefined; if ((x as unknown[]).length !== 0) (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).installedOptions = x; } // /lex/payload/lead/desiredProduct/installedOptions
  if ((x = v[34]) !== undefined) { v[34] = undefined; (n8 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).desiredProduct = {})).factoryOrderPreference = x; } // /lex/payload/lead/desiredProduct/factoryOrderPreference
  if ((x = v[35]) !== undefined) { v[35] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).year = x; } // /lex/payload/lead/tradeIn/year
  if ((x = v[36]) !== undefined) { v[36] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).make = x; } // /lex/payload/lead/tradeIn/make
  if ((x = v[37]) !== undefined) { v[37] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).model = x; } // /lex/payload/lead/tradeIn/model
  if ((x = v[38]) !== undefined) { v[38] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).vin = x; } // /lex/payload/lead/tradeIn/vin
  if ((x = v[39]) !== undefined) { v[39] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).mileage = x; } // /lex/payload/lead/tradeIn/mileage
  if ((x = v[40]) !== undefined) { v[40] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).odometerStatus = x; } // /lex/payload/lead/tradeIn/odometerStatus
  if ((x = v[41]) !== undefined) { v[41] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).titleStatus = x; } // /lex/payload/lead/tradeIn/titleStatus
  if ((x = v[42]) !== undefined) { v[42] = undefined; (n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).payoffAmount = x; } // /lex/payload/lead/tradeIn/payoffAmount
  if ((x = v[43]) !== undefined) { v[43] = undefined; (n11 ??= ((n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).accidentHistory = {})).accidentCount = x; } // /lex/payload/lead/tradeIn/accidentHistory/accidentCount
  if ((x = v[44]) !== undefined) { v[44] = undefined; (n11 ??= ((n10 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).tradeIn = {})).accidentHistory = {})).airbagDeployed = x; } // /lex/payload/lead/tradeIn/accidentHistory/airbagDeployed
  if ((x = v[45]) !== undefined) { v[45] = undefined; (n13 ??= ((n12 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).financing = {})).downPaymentRange = {})).minUSD = x; } // /lex/payload/lead/financing/downPaymentRange/minUSD
  if ((x = v[46]) !== undefined) { v[46] = undefined; (n13 ??= ((n12 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).financing = {})).downPaymentRange = {})).maxUSD = x; } // /lex/payload/lead/financing/downPaymentRange/maxUSD
  if ((x = v[47]) !== undefined) { v[47] = undefined; (n14 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).metadata = {})).expirationDate = x; } // /lex/payload/lead/metadata/expirationDate
  if ((x = v[48]) !== undefined) { v[48] = undefined; (n15 ??= ((n14 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).metadata = {})).customFields = {})).salesRepId = x; } // /lex/payload/lead/metadata/customFields/salesRepId
  if ((x = v[49]) !== undefined) { v[49] = undefined; (n15 ??= ((n14 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).metadata = {})).customFields = {})).campaignCode = x; } // /lex/payload/lead/metadata/customFields/campaignCode
  if ((x = v[50]) !== undefined) { v[50] = undefined; (n16 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).aviationLead = {})).operatorCertificate = x; } // /lex/payload/lead/aviationLead/operatorCertificate
  if ((x = v[51]) !== undefined) { v[51] = undefined; (n16 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).aviationLead = {})).intendedUse = x; } // /lex/payload/lead/aviationLead/intendedUse
  if ((x = v[52]) !== undefined) { v[52] = undefined; (n17 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).maritimeLead = {})).charterType = x; } // /lex/payload/lead/maritimeLead/charterType
  if ((x = v[53]) !== undefined) { v[53] = undefined; (n17 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).maritimeLead = {})).intendedTradingArea = x; } // /lex/payload/lead/maritimeLead/intendedTradingArea
  if ((x = v[54]) !== undefined) { v[54] = undefined; (n18 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).heavyEquipmentLead = {})).attachmentCouplerStandard = x; } // /lex/payload/lead/heavyEquipmentLead/attachmentCouplerStandard
  if ((x = v[55]) !== undefined) { v[55] = undefined; (n18 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).heavyEquipmentLead = {})).jobSiteAltitude = x; } // /lex/payload/lead/heavyEquipmentLead/jobSiteAltitude
  if ((x = v[56]) !== undefined) { v[56] = undefined; (n19 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).realEstateLead = {})).buyerRepresentationAgreementStatus = x; } // /lex/payload/lead/realEstateLead/buyerRepresentationAgreementStatus
  if ((x = v[57]) !== undefined) { v[57] = undefined; (n19 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).realEstateLead = {})).exchangeType = x; } // /lex/payload/lead/realEstateLead/exchangeType
  if ((x = v[58]) !== undefined) { v[58] = undefined; (n19 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).realEstateLead = {})).preApprovalAmount = x; } // /lex/payload/lead/realEstateLead/preApprovalAmount
  if ((x = v[59]) !== undefined) { v[59] = undefined; if ((x as unknown[]).length !== 0) (n20 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).technologyLead = {})).securityCertificationRequirements = x; } // /lex/payload/lead/technologyLead/securityCertificationRequirements
  if ((x = v[60]) !== undefined) { v[60] = undefined; (n20 ??= ((n4 ??= ((n3 ??= ((n1 ??= (n0.lex = {})).payload = {})).lead = {})).technologyLead = {})).evergreenRefreshTrigger = x; } // /lex/payload/lead/technologyLead/evergreenRefreshTrigger
  if (missing !== undefined) {
    if (n0.lex === undefined) missing(0); // /lex
    if (n1 !== undefined && n1.header === undefined) missing(1); // /lex/header
    if (n2 !== undefined && n2.messageId === undefined) missing(2); // /lex/header/messageId
    if (n2 !== undefined && n2.messageType === undefined) missing(3); // /lex/header/messageType
    if (n2 !== undefined && n2.timestamp === undefined) missing(4); // /lex/header/timestamp
    if (n2 !== undefined && n2.senderId === undefined) missing(5); // /lex/header/senderId
    if (n2 !== undefined && n2.receiverId === undefined) missing(6); // /lex/header/receiverId
    if (n1 !== undefined && n1.payload === undefined) missing(7); // /lex/payload
    if (n4 !== undefined && n4.leadId === undefined) missing(8); // /lex/payload/lead/leadId
    if (n4 !== undefined && n4.status === undefined) missing(9); // /lex/payload/lead/status
    if (n4 !== undefined && n4.source === undefined) missing(10); // /lex/payload/lead/source
    if (n4 !== undefined && n4.customer === undefined) missing(11); // /lex/payload/lead/customer
    if (n5 !== undefined && n5.firstName === undefined) missing(12); // /lex/payload/lead/customer/firstName
    if (n5 !== undefined && n5.lastName === undefined) missing(13); // /lex/payload/lead/customer/lastName
    if (n5 !== undefined && n5.address === undefined) missing(14); // /lex/payload/lead/customer/address
    if (n6 !== undefined && n6.street1 === undefined) missing(15); // /lex/payload/lead/customer/address/street1
    if (n6 !== undefined && n6.city === undefined) missing(16); // /lex/payload/lead/customer/address/city
    if (n6 !== undefined && n6.postalCode === undefined) missing(17); // /lex/payload/lead/customer/address/postalCode
    if (n6 !== undefined && n6.country === undefined) missing(18); // /lex/payload/lead/customer/address/country
    if (n4 !== undefined && n4.desiredProduct === undefined) missing(19); // /lex/payload/lead/desiredProduct
    if (n8 !== undefined && n8.make === undefined) missing(20); // /lex/payload/lead/desiredProduct/make
    if (n8 !== undefined && n8.model === undefined) missing(21); // /lex/payload/lead/desiredProduct/model
  }
  return n0;
}
