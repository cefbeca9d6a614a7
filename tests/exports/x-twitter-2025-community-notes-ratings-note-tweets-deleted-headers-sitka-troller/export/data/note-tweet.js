window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1944561203877912576",
      "updatedAt" : "2025-07-14T02:36:18.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-07-14T02:36:18.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [
          {
            "shortUrl" : "https://t.co/Hn3vT8qKeW",
            "expandedUrl" : "https://fv-kittiwake.example.net/log/2025-07-13"
          }
        ],
        "text" : "Eleven days out on the F/V Kittiwake and we're back in Crescent Harbor with 412 cohos and 38 kings on ice 🎣 The weather window closed early off Cape Edgecumbe, so we ran the last two days inside Salisbury Sound. Hydraulics on the port gurdy started whining on day six; Jonas rebuilt the valve at anchor with a spare we almost didn't pack. Prices at the buyer today: cohos $2.10/lb dressed. Full trip log with the set-by-set tally: https://t.co/Hn3vT8qKeW",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1963020485519003648",
      "updatedAt" : "2025-09-03T18:09:51.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-09-03T17:58:26.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Season wrap for the troll fleet out of Sitka: fewer kings than last year, good coho late in August, and diesel ate a third of the gross. Hanging the lines up this week and starting on the winter list — new bow planks, re-wiring the wheelhouse, and finally replacing the hydraulic hoses I've been patching since 2022. If anyone in town has a spare 3/8\" crimper I could borrow for a weekend, I'll trade smoked fish 🐟",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]