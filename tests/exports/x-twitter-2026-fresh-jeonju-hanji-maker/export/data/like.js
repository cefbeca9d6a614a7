window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2023352320784245316",
      "fullText" : "@soyul_hanji 지난주 수업 정말 좋았어요! 집에서 말린 종이로 엽서 만들었어요 💌",
      "expandedUrl" : "https://twitter.com/i/web/status/2023352320784245316"
    }
  },
  {
    "like" : {
      "tweetId" : "2018168827936164736",
      "fullText" : "문화재 보존처리용 전통 한지, 올해 전주 생산량이 조금 늘었습니다. 자세한 통계는 보고서 참고 https://t.co/Ac4TrW9yNe",
      "expandedUrl" : "https://twitter.com/i/web/status/2018168827936164736"
    }
  },
  {
    "like" : {
      "tweetId" : "2012894515821579627",
      "fullText" : "Conservation tip: store hanji flat, interleaved, away from the radiator. Your future self will thank you.",
      "expandedUrl" : "https://twitter.com/i/web/status/2012894515821579627"
    }
  }
]