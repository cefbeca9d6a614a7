window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1883019472651839488",
      "noteTweetResults" : {
        "text" : "Skredvarsel for Ofoten i dag er faregrad 3. Vi dropper Sjurvikfossen og går heller til de lave fossene i Skjomen. Husk: isen over kanten kan være hul etter mildværet i forrige uke, så bank og lytt før du setter skruer. Vi møtes ved Narvik stasjon kl. 09:30, jeg har med ekstra tau og to sett med isøkser til låns.",
        "entitySet" : {
          "hashtags" : [ ],
          "symbols" : [ ],
          "userMentions" : [ ],
          "urls" : [ ]
        }
      },
      "tweetId" : "1883019475310211073"
    }
  }
]
