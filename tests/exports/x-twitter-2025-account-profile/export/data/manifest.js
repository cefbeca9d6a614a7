window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1590401736182374401",
    "userName" : "teo_cartografa",
    "displayName" : "Teo Vasilescu-Park 🗺️"
  },
  "archiveInfo" : {
    "sizeBytes" : "2841906",
    "generationDate" : "2025-10-14T03:18:44.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "readmeInfo" : {
    "fileName" : "data/README.txt",
    "directory" : "data/",
    "name" : "README.txt"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "accountTimezone" : {
      "files" : [
        {
          "fileName" : "data/account-timezone.js",
          "globalName" : "YTD.account_timezone.part0",
          "count" : "1"
        }
      ]
    },
    "ageinfo" : {
      "files" : [
        {
          "fileName" : "data/ageinfo.js",
          "globalName" : "YTD.ageinfo.part0",
          "count" : "1"
        }
      ]
    },
    "emailAddressChange" : {
      "files" : [
        {
          "fileName" : "data/email-address-change.js",
          "globalName" : "YTD.email_address_change.part0",
          "count" : "2"
        }
      ]
    },
    "ipAudit" : {
      "files" : [
        {
          "fileName" : "data/ip-audit.js",
          "globalName" : "YTD.ip_audit.part0",
          "count" : "4"
        }
      ]
    },
    "phoneNumber" : {
      "files" : [
        {
          "fileName" : "data/phone-number.js",
          "globalName" : "YTD.phone_number.part0",
          "count" : "1"
        }
      ]
    },
    "profile" : {
      "mediaDirectory" : "data/profile_media",
      "files" : [
        {
          "fileName" : "data/profile.js",
          "globalName" : "YTD.profile.part0",
          "count" : "1"
        }
      ]
    },
    "profileMedia" : {
      "mediaDirectory" : "data/profile_media"
    },
    "verified" : {
      "files" : [
        {
          "fileName" : "data/verified.js",
          "globalName" : "YTD.verified.part0",
          "count" : "1"
        }
      ]
    }
  }
}