window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1191722465261431068",
      "chatId" : "2009641859533631498",
      "createdAt" : "2026-01-09T15:02:11.310Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Which of these kites will fly best in a light wind on Uttarayan morning?",
      "attachments" : [
        {
          "mediaId" : "2009641846531334323",
          "fileName" : "IMG_20260109_201455.jpg",
          "mimeType" : "image/jpeg",
          "url" : "https://ton.x.com/grok-attachment/2009641846531334323"
        }
      ]
    }
  },
  {
    "grokChatItem" : {
      "postIds" : [
        "2009864860988461763",
        "2009299074544746497"
      ],
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1191722465261431068",
      "chatId" : "2009641859533631498",
      "createdAt" : "2026-01-09T15:02:19.884Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "For a light morning wind, the larger chil with the thinner bamboo spine should lift most easily; the small fighter kites need a steadier breeze. Tie the bridle a little closer to the top so it climbs before it turns."
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
      "accountId" : "1191722465261431068",
      "chatId" : "2009641859533631498",
      "createdAt" : "2026-01-09T15:04:40.057Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "ગુજરાતીમાં કહો ને?"
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
      "accountId" : "1191722465261431068",
      "chatId" : "2009641859533631498",
      "createdAt" : "2026-01-09T15:04:47.602Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "હળવા પવનમાં મોટી ચીલ પતંગ સૌથી સારી ઊડશે. કિન્ના થોડી ઉપર બાંધજો."
    }
  }
]