window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1404305740250312704",
      "chatId" : "1996116197196906496",
      "createdAt" : "2025-12-03T07:16:02.114Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "The water in cage 4 went cloudy and green overnight and the fish are at the surface in the morning. What should I check first?",
      "attachments" : [
        {
          "mediaId" : "1996116108640419840",
          "fileName" : "IMG_20251203_071102.jpg",
          "mimeType" : "image/jpeg",
          "url" : "https://ton.x.com/grok-attachment/1996116108640419840"
        }
      ]
    }
  },
  {
    "grokChatItem" : {
      "postIds" : [
        "1995877710021738496",
        "1994633289410871296"
      ],
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1404305740250312704",
      "chatId" : "1996116197196906496",
      "createdAt" : "2025-12-03T07:16:02.114Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "Fish gasping at the surface at dawn with green, cloudy water usually points to low dissolved oxygen after an algal bloom.\n\n- Measure dissolved oxygen at first light, at cage depth; below 3 mg/L tilapia stop feeding.\n- Cut feeding by half until the water clears: uneaten pellets feed the bloom.\n- Check whether neighbouring cages see the same; local fisheries officers have posted about blooms in the Winam Gulf this week."
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
      "accountId" : "1404305740250312704",
      "chatId" : "2021655513221439488",
      "createdAt" : "2026-02-11T18:40:09.552Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Make a simple round logo for a fish farmers cooperative called Ushirika wa Samaki Dunga, blue and green, with a tilapia"
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
      "accountId" : "1404305740250312704",
      "chatId" : "2021655513221439488",
      "createdAt" : "2026-02-11T18:40:09.552Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "I generated an image with the prompt 'round logo for Ushirika wa Samaki Dunga, blue and green, with a tilapia'",
      "attachments" : [
        {
          "mediaId" : "2021655839320391680",
          "fileName" : "2021655839320391680.png",
          "mimeType" : "image/png",
          "url" : "https://ton.x.com/grok-attachment/2021655839320391680"
        }
      ]
    }
  }
]