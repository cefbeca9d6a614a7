window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1127139940989436150",
      "chatId" : "2087453407442049505",
      "createdAt" : "2026-08-12T08:17:33.640Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "These are the old planks I took off the 1962 čun. Is it chestnut or oak, and can I reuse the good ones?",
      "attachments" : [
        {
          "mediaId" : "2087453369694409898",
          "fileName" : "IMG_20260812_101455.jpg",
          "mimeType" : "image/jpeg",
          "url" : "https://ton.x.com/grok-attachment/2087453369694409898"
        }
      ]
    }
  },
  {
    "grokChatItem" : {
      "postIds" : [
        "2082770928403230522"
      ],
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1127139940989436150",
      "chatId" : "2087453407442049505",
      "createdAt" : "2026-08-12T08:17:33.640Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "The open, wavy grain and dark tannin stains near the nail holes point to sweet chestnut rather than oak. Planks without soft rot at the ends can be reused below the waterline after drying slowly; replace any that crumble when probed with an awl."
    }
  }
]