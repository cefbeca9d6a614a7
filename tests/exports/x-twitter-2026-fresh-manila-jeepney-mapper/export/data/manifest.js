window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1102515700127071238",
    "userName" : "ligaya_ruta",
    "displayName" : "Ligaya Manansala 🚌"
  },
  "archiveInfo" : {
    "sizeBytes" : "4718231",
    "generationDate" : "2025-12-01T03:12:48.527Z",
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
      "files" : [ {
        "fileName" : "data/account.js",
        "globalName" : "YTD.account.part0",
        "count" : "1"
      } ]
    },
    "adImpressions" : {
      "files" : [ {
        "fileName" : "data/ad-impressions.js",
        "globalName" : "YTD.ad_impressions.part0",
        "count" : "2"
      } ]
    },
    "directMessages" : {
      "mediaDirectory" : "data/direct_messages_media",
      "files" : [ {
        "fileName" : "data/direct-messages.js",
        "globalName" : "YTD.direct_messages.part0",
        "count" : "2"
      } ]
    },
    "directMessagesMedia" : {
      "mediaDirectory" : "data/direct_messages_media"
    },
    "follower" : {
      "files" : [ {
        "fileName" : "data/follower.js",
        "globalName" : "YTD.follower.part0",
        "count" : "3"
      } ]
    },
    "following" : {
      "files" : [ {
        "fileName" : "data/following.js",
        "globalName" : "YTD.following.part0",
        "count" : "3"
      } ]
    },
    "ipAudit" : {
      "files" : [ {
        "fileName" : "data/ip-audit.js",
        "globalName" : "YTD.ip_audit.part0",
        "count" : "4"
      } ]
    },
    "like" : {
      "files" : [ {
        "fileName" : "data/like.js",
        "globalName" : "YTD.like.part0",
        "count" : "3"
      } ]
    },
    "profile" : {
      "mediaDirectory" : "data/profile_media",
      "files" : [ {
        "fileName" : "data/profile.js",
        "globalName" : "YTD.profile.part0",
        "count" : "1"
      } ]
    },
    "profileMedia" : {
      "mediaDirectory" : "data/profile_media"
    },
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [ {
        "fileName" : "data/tweets.js",
        "globalName" : "YTD.tweets.part0",
        "count" : "5"
      } ]
    },
    "tweetsMedia" : {
      "mediaDirectory" : "data/tweets_media"
    }
  }
}