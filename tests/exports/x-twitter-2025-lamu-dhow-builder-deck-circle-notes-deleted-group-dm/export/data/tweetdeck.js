window.YTD.tweetdeck.part0 = [
  {
    "deck" : {
      "title" : "Jahazi yard",
      "columns" : [
        {
          "pathname" : "/home",
          "title" : "Home"
        },
        {
          "pathname" : "/notifications",
          "title" : "Arifa ⚓"
        },
        {
          "pathname" : "/search",
          "query" : "dhow Lamu OR jahazi -filter:retweets"
        }
      ]
    }
  },
  {
    "deck" : {
      "title" : "Regatta",
      "columns" : [
        {
          "pathname" : "/lamu_jahazi_ali"
        },
        {
          "pathname" : "/lamu_jahazi_ali/lists/1847203316650918912"
        },
        {
          "pathname" : "/search",
          "query" : "#LamuCulturalFestival"
        }
      ]
    }
  }
]