window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1985326110602178563",
      "updatedAt" : "2025-11-03T12:52:41.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-11-03T12:40:05.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "ಚನ್ನಪಟ್ಟಣ ಗೊಂಬೆ ಮಾಡುವ ವಿಧಾನ: ಮೊದಲು ಆಲೆ ಮರದ ತುಂಡನ್ನು ಮೂರು ತಿಂಗಳು ಒಣಗಿಸುತ್ತೇವೆ, ನಂತರ ಕಡೆಯುವ ಯಂತ್ರದಲ್ಲಿ ಆಕಾರ ಕೊಡುತ್ತೇವೆ. ಅರಗಿಗೆ ಅರಿಶಿನ, ನೀಲಿ ಮತ್ತು ಕುಂಕುಮದ ಬಣ್ಣ ಬೆರೆಸುತ್ತೇವೆ. ಕೊನೆಗೆ ಕೇದಗೆ ಎಲೆಯಿಂದ ಹೊಳಪು.\nThis Deepavali our workshop turned 1,200 toys by hand. Thank you to everyone who ordered early 🙏",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1979400909616066563",
      "updatedAt" : "2025-10-18T04:15:27.000Z",
      "lifecycle" : {
        "value" : "1",
        "name" : "Active",
        "originalName" : "Active",
        "annotations" : { }
      },
      "createdAt" : "2025-10-18T04:15:27.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "Why are Channapatna toys safe for babies? There is no paint on them, only lac coloured with turmeric, indigo and kumkum, rubbed on while the wood spins.\nಮಕ್ಕಳ ಬಾಯಿಗೆ ಹೋದರೂ ತೊಂದರೆ ಇಲ್ಲ. Our Saturday workshop is open for school visits till March; write to us if your class wants to try the lathe.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]