window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "impressionTime" : "2025-08-02 06:14:51",
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q7RzK2vXb9TmL0pWcN4sYhE1uGdA8fJ3oKiB5nVxQwM=",
                "deviceType" : "SM-A155F"
              },
              "displayLocation" : "TimelineHome",
              "rtbCreativeMediaInfo" : {
                "dspName" : "Google"
              }
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q7RzK2vXb9TmL0pWcN4sYhE1uGdA8fJ3oKiB5nVxQwM=",
                "deviceType" : "SM-A155F"
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1950218837465120771",
                "tweetText" : "Мақта маусымына дайынсыз ба? Джин араларына арналған жаңа подшипниктер – Шымкентке 2 күнде жеткізу 🚚 https://t.co/Lp2Wc9dQxE",
                "urls" : [ ],
                "mediaUrls" : [
                  "https://t.co/Lp2Wc9dQxE"
                ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Dala Agro Parts",
                "screenName" : "@dalaagroparts"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Age",
                  "targetingValue" : "25 to 54"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Kazakhstan"
                },
                {
                  "targetingType" : "Languages",
                  "targetingValue" : "Kazakh"
                }
              ],
              "impressionTime" : "2025-08-11 17:40:03"
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q7RzK2vXb9TmL0pWcN4sYhE1uGdA8fJ3oKiB5nVxQwM=",
                "deviceType" : "SM-A155F"
              },
              "displayLocation" : "TweetConversation",
              "promotedTweetInfo" : {
                "tweetId" : "1953377410259882164",
                "tweetText" : "Save 20% on workshop hand tools this week only.",
                "urls" : [
                  "https://t.co/Rf7uNb3KsW"
                ],
                "mediaUrls" : [ ]
              },
              "publisherInfo" : {
                "publisherName" : "Steppe Tool Co.",
                "screenName" : "@steppetoolco"
              },
              "advertiserInfo" : {
                "advertiserName" : "Steppe Tool Co.",
                "screenName" : "@steppetoolco"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Interests",
                  "targetingValue" : "Agriculture"
                },
                {
                  "targetingType" : "Platforms",
                  "targetingValue" : "Android"
                },
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@farmmechanics_example"
                },
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "Kazakhstan"
                }
              ],
              "impressionTime" : "2025-08-20 09:02:47"
            },
            {
              "deviceInfo" : {
                "osType" : "Android",
                "deviceId" : "q7RzK2vXb9TmL0pWcN4sYhE1uGdA8fJ3oKiB5nVxQwM=",
                "deviceType" : "SM-A155F"
              },
              "displayLocation" : "SearchTweets",
              "promotedTweetInfo" : {
                "tweetId" : "1957002188134461440",
                "tweetText" : "Күзгі жәрмеңке басталды! #ТүркістанЖәрмеңкесі",
                "urls" : [ ],
                "mediaUrls" : [ ]
              },
              "promotedTrendInfo" : {
                "trendId" : "118204",
                "name" : "#ТүркістанЖәрмеңкесі",
                "description" : ""
              },
              "advertiserInfo" : {
                "advertiserName" : "Turkistan Autumn Fair",
                "screenName" : "@turkistanfair"
              },
              "impressionTime" : "2025-09-01 12:25:19"
            }
          ]
        }
      }
    }
  }
]