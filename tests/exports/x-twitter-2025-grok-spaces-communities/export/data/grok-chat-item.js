window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1502000000000000341",
      "chatId" : "1911873204556120065",
      "createdAt" : "2025-04-14T17:22:08.447Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Which mushrooms look like chanterelles but are toxic? I'm foraging near Umeå in August."
    }
  },
  {
    "grokChatItem" : {
      "postIds" : [
        "1823017745901234177",
        "1826630178245509120"
      ],
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1502000000000000341",
      "chatId" : "1911873204556120065",
      "createdAt" : "2025-04-14T17:22:19.902Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "The main look-alike in northern Sweden is the false chanterelle (Hygrophoropsis aurantiaca): thinner, more orange, with true crowded gills rather than blunt ridges. Jack-o'-lantern mushrooms (Omphalotus) grow on wood and are rare that far north. Always check the ridges and the smell, and ask a local expert if unsure."
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
      "accountId" : "1502000000000000341",
      "chatId" : "1932406618870026241",
      "createdAt" : "2025-06-10T06:41:55.016Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Shorten this for a post: cloudberry season looks early this year on the bogs west of town"
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
      "accountId" : "1502000000000000341",
      "chatId" : "1932406618870026241",
      "createdAt" : "2025-06-10T06:41:58.733Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "Cloudberry season is coming early on the bogs west of Umeå this year! 🟠"
    }
  }
]