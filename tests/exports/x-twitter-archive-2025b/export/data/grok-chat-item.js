window.YTD.grok_chat_item.part0 = [
  {
    "grokChatItem" : {
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1417730562219847683",
      "chatId" : "1896612045873029351",
      "createdAt" : "2025-03-04T07:52:16.318Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Tenho 6 colmeias em Sintra. Posso fazer o tratamento da varroa com ácido oxálico agora em março ou já é tarde?"
    }
  },
  {
    "grokChatItem" : {
      "postIds" : [
        "1894127730055290884",
        "1889950412768331795",
        "1895361028840177702"
      ],
      "grokMode" : {
        "value" : "1",
        "name" : "Normal",
        "originalName" : "NORMAL",
        "annotations" : { }
      },
      "accountId" : "1417730562219847683",
      "chatId" : "1896612045873029351",
      "createdAt" : "2025-03-04T07:52:31.904Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "### Resposta curta\nEm março já é tarde para o ácido oxálico por gotejamento na maioria das colmeias da zona de Sintra: o oxálico só é muito eficaz quando **não há criação operculada**, e com as temperaturas de março a rainha já está a pôr há semanas.\n\n### O que pode fazer\n- **Verificar a criação**: se alguma colónia ainda estiver sem criação (raro), o gotejamento continua a ser uma opção.\n- **Sublimação**: várias aplicações espaçadas de 5–7 dias atingem os ácaros nas abelhas adultas, mas não os que estão dentro das células.\n- **Contagem primeiro**: faça uma contagem em tabuleiro ou lavagem com álcool antes de tratar; abaixo de ~3 ácaros por 100 abelhas pode esperar pelo fim da cresta.\n\nApicultores portugueses no X comentaram resultados parecidos este inverno. Confirme sempre a dose no rótulo do medicamento autorizado."
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
      "accountId" : "1417730562219847683",
      "chatId" : "1934077318260412429",
      "createdAt" : "2025-06-15T18:03:44.051Z",
      "sender" : {
        "value" : "1",
        "name" : "User",
        "originalName" : "USER",
        "annotations" : { }
      },
      "message" : "Write a short friendly post saying I'll sell rosemary honey at the Campo de Ourique market this Saturday, 9h–13h"
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
      "accountId" : "1417730562219847683",
      "chatId" : "1934077318260412429",
      "createdAt" : "2025-06-15T18:03:49.770Z",
      "sender" : {
        "value" : "2",
        "name" : "Agent",
        "originalName" : "AGENT",
        "annotations" : { }
      },
      "message" : "🐝 This Saturday I'll be at the Campo de Ourique market from 9h to 13h with this spring's rosemary honey (mel de rosmaninho), straight from my hives in Sintra. Come say olá, taste a spoonful and take a jar home! 🍯"
    }
  }
]
