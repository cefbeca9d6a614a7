window.YTD.community_note_batsignal.part0 = [
  {
    "communityNoteBatsignal" : {
      "signalId" : "1991057732169154560",
      "userId" : "1651239948310376448",
      "tweetId" : "1990981166420807912",
      "createdAt" : "2025-11-19T07:42:15.113Z",
      "sourceLink" : "https://www.example.org/tea-board/gi-tag-register-2025"
    }
  },
  {
    "communityNoteBatsignal" : {
      "signalId" : "1993422005718138880",
      "userId" : "1651239948310376448",
      "tweetId" : "1993385550612201537",
      "createdAt" : "2025-11-25T20:17:38.402Z"
    }
  }
]