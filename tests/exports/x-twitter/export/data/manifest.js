window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1460000000000000001",
    "userName" : "samokafor_ex",
    "displayName" : "Sam Okafor 🌍"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213377",
    "generationDate" : "2023-06-03T02:11:40.000Z",
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
    "ipAudit" : {
      "files" : [
        {
          "fileName" : "data/ip-audit.js",
          "globalName" : "YTD.ip_audit.part0",
          "count" : "4"
        }
      ]
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "3"
        }
      ]
    }
  }
}