window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1301825484878778453",
      "chatId" : "1932840519726006349",
      "createdAt" : "2025-06-11T16:41:05.318Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "The goatskin on my tapan went slack after two days of sea air, see photo. How do I tighten the ropes evenly before Saturday's Moreška without splitting the skin?",
      "attachments" : [
        {
          "mediaId" : "1932840490365878275",
          "fileName" : "IMG_20250611_183402.jpg",
          "mimeType" : "image/jpeg",
          "url" : "https://ton.x.com/grok-attachment/1932840490365878275"
        }
      ]
    }
  },
  {
    "grokChatItem" : {
      "postIds" : [
        "1928001547006902277",
        "1816934300906422291"
      ],
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1301825484878778453",
      "chatId" : "1932840519726006349",
      "createdAt" : "2025-06-11T16:41:19.904Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "### Tightening a rope-tensioned tapan\n\n1. **Dry it first**: leave the drum in shade, not sun, for a few hours so the skin contracts slowly.\n2. **Work in a star pattern**: pull each V of rope a little at a time, going across the shell rather than around it.\n3. **Check the pitch** by tapping near each rope point; aim for the same note all round.\n\nIf the skin still feels soft on Saturday, keep the drum in a closed case until just before the dance."
    }
  },
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1301825484878778453",
      "chatId" : "1951720604562359184",
      "createdAt" : "2025-08-02T19:03:48.077Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Napiši kratku najavu na engleskom za večerašnju Morešku u 21 h kod Kopnenih vrata, do 200 znakova."
    }
  },
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1301825484878778453",
      "chatId" : "1951720604562359184",
      "createdAt" : "2025-08-02T19:03:55.612Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "Tonight at 9 pm by the Land Gate: the Moreška sword dance of Korčula. Red King, Black King, seven sword fights and live drums. Arrive early for a spot on the steps!"
    }
  }
]