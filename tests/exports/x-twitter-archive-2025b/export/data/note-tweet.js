window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1801559024138477570",
      "updatedAt" : "2024-06-14T10:27:36.000Z",
      "lifecycle" : {
        "value" : "self_threads_v1",
        "name" : "SelfThreadsV1",
        "originalName" : "SelfThreadsV1",
        "annotations" : { }
      },
      "createdAt" : "2024-06-14T10:27:36.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [
          {
            "shortUrl" : "https://t.co/Qm4rVx8LpZ",
            "expandedUrl" : "https://abelhasdeprata.example.org/blog/cresta-2024"
          }
        ],
        "text" : "Cresta de 2024 feita! 🐝 Este ano as seis colmeias de Sintra deram 84 kg de mel, quase tudo de rosmaninho e urze. A colmeia nº 4 enxameou em abril e ficou fraca, por isso deixei-lhe todo o mel para o inverno. Aprendi duas coisas: marcar as rainhas cedo e não adiar a visita quando chove três dias seguidos. Escrevi o resumo completo, com pesos por colmeia e fotos dos quadros, aqui: https://t.co/Qm4rVx8LpZ",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1865203377410859009",
      "updatedAt" : "2024-12-07T08:15:02.000Z",
      "lifecycle" : {
        "value" : "self_threads_v1",
        "name" : "SelfThreadsV1",
        "originalName" : "SelfThreadsV1",
        "annotations" : { }
      },
      "createdAt" : "2024-12-07T08:02:19.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "A question for beekeepers in coastal Portugal: my hives near Colares keep losing weight in December even with fondant on top. Humidity is around 90% most mornings and I see condensation under the inner cover. Do you add a quilt box, tilt the hive forward, or just accept it? I'd rather not open them again before February. Any photos of your winter setups are very welcome — obrigada!",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]
