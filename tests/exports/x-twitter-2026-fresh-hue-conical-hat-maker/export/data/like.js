window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "2025513645636773971",
      "fullText" : "@minhchau_nonla Nón đẹp quá chị ơi, mẹ em thích lắm 😍",
      "expandedUrl" : "https://twitter.com/i/web/status/2025513645636773971"
    }
  },
  {
    "like" : {
      "tweetId" : "2017066564844360007",
      "fullText" : "Mùa này lá nón phơi sương mới trắng. Ai làm nghề chắc hiểu 🌫️ https://t.co/Lp3aZ9wRt1",
      "expandedUrl" : "https://twitter.com/i/web/status/2017066564844360007"
    }
  },
  {
    "like" : {
      "tweetId" : "2001689084557255127",
      "fullText" : "Five craft villages to visit around Huế this spring, from incense to conical hats. https://t.co/Cv4nM8sQe2",
      "expandedUrl" : "https://twitter.com/i/web/status/2001689084557255127"
    }
  }
]